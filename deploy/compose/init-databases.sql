-- One database per service (the gateway's is created by the image from POSTGRES_DB).
CREATE DATABASE licensing OWNER onestop;
CREATE DATABASE opportunities OWNER onestop;

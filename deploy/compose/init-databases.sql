-- One database per service and the portal (the gateway's is created by the image from POSTGRES_DB).
CREATE DATABASE licensing OWNER onestop;
CREATE DATABASE opportunities OWNER onestop;
CREATE DATABASE portal OWNER onestop;

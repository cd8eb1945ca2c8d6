-- The web portal is an application of its own with its own database (ADR 7): its sessions leave.
drop table portal_session;

-- The dashboard reads a business's responses from the opportunities service (/suppliers/me/responses); the
-- gateway's own copy of them goes.
drop table supplier_response;

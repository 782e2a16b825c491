export const AUDIT_PATH = "/settings/audit";

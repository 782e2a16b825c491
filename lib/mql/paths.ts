/** Where the MQL agreement's pages live. */
export const MQL_SETTINGS_PATH = "/settings/mql";
export const MQL_APPROVALS_PATH = "/mql";

export const versionPath = (id: number) => `${MQL_SETTINGS_PATH}/versions/${id}`;
export const editVersionPath = (id: number) => `${MQL_SETTINGS_PATH}/versions/${id}/edit`;
export const newDraftPath = (segmentId: number) => `${MQL_SETTINGS_PATH}/new?segment=${segmentId}`;

/** The approvers' page after an approval, telling what it did. */
export const approvedPath = (id: number) => `${MQL_APPROVALS_PATH}?approved=${id}`;

export const TEAMS_PATH = "/settings/teams";
export const NEW_TEAM_PATH = `${TEAMS_PATH}/new`;
export const teamPath = (id: number) => `${TEAMS_PATH}/${id}`;

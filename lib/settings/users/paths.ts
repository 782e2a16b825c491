export const USERS_PATH = "/settings/users";
export const NEW_USER_PATH = `${USERS_PATH}/new`;
export const userPath = (id: number) => `${USERS_PATH}/${id}`;

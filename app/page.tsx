import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { HOME_PATH, LOGIN_PATH } from "@/lib/auth/navigation";

export default async function RootPage() {
  const user = await getCurrentUser();
  redirect(user ? HOME_PATH : LOGIN_PATH);
}

export function EmptyState({ message }: { message: string }) {
  return <p className="px-5 py-10 text-center text-sm text-muted-foreground">{message}</p>;
}

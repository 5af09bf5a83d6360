// Placeholder until the demo content generator lands.
export async function seedDemoIfEmpty(): Promise<void> {}

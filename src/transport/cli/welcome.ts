// The one readable line `start` and `serve` print on a terminal, next to their JSON logs on stderr.

/** The address that adds the bot to a server with its slash commands (no extra permissions needed to reply). */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands`;
}

export function loggedInLine(bot: { user: string; guilds: number; applicationId: string }): string {
  const guilds = `${bot.guilds} server${bot.guilds === 1 ? '' : 's'}`;
  return `Logged in as ${bot.user}, in ${guilds}. Invite it: ${inviteUrl(bot.applicationId)} (Ctrl-C stops)`;
}

export function listeningLine(endpoint: { host: string; port: number; applicationId: string }): string {
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  return `Listening on http://${host}:${endpoint.port}/interactions: serve it over HTTPS and set that address as the Interactions Endpoint URL (Developer Portal, application ${endpoint.applicationId}). Ctrl-C stops.`;
}

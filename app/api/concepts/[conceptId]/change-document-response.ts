/** The two Fassungen of a Synopse or redline download: ?von=<n>[&bis=<m>|aktuell] (the use case checks them). */
export function comparedFassungen(request: Request): { from: string | undefined; to: string | undefined } {
  const query = new URL(request.url).searchParams;
  return { from: query.get('von') ?? undefined, to: query.get('bis') ?? undefined };
}

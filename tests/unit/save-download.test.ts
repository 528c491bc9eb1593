/** The download buttons name the saved file as the server did and show the server's German refusal. */
import { filenameFrom, refusalMessage } from '@/app/_components/save-download';

describe('Downloads in the browser', () => {
  it('takes the UTF-8 name (umlauts), else the ASCII name, else the fallback', () => {
    const both = `attachment; filename="Gewaltschutzkonzept-Kreis-Loerrach.docx"; filename*=UTF-8''Gewaltschutzkonzept-Kreis-L%C3%B6rrach.docx`;
    expect(filenameFrom(both, 'x.docx')).toBe('Gewaltschutzkonzept-Kreis-Lörrach.docx');
    expect(filenameFrom('attachment; filename="Stellungnahme.docx"', 'x.docx')).toBe('Stellungnahme.docx');
    expect(filenameFrom(`attachment; filename="A.docx"; filename*=UTF-8''kaputt%E0.docx`, 'x.docx')).toBe('A.docx');
    expect(filenameFrom(null, 'Gewaltschutzkonzept.docx')).toBe('Gewaltschutzkonzept.docx');
  });

  it("shows the server's message, and a German sentence with the status when there is none", async () => {
    const otherwise = (status: number) => `Fehler ${status}`;
    const refused = Response.json({ error: { code: 'not_found', message: 'Es gibt noch keine Fassung.' } }, { status: 404 });
    expect(await refusalMessage(refused, otherwise)).toBe('Es gibt noch keine Fassung.');
    expect(await refusalMessage(new Response('<html>Bad Gateway</html>', { status: 502 }), otherwise)).toBe('Fehler 502');
  });
});

/** The notes under the sex-steroid charts of the nights view (ComparisonView). */
import type { NightId } from '../../../shared/ipc';
import { formatParameterValue, parameterSpec, type ParameterValues } from '../../../shared/model/parameters';
import { cycles } from '../../../shared/model/age/sexSteroids';

/**
 * Nights whose estradiol and progesterone are constant (a man, or a woman past the menopause
 * age): said in words under the sex-steroid charts, since a flat line at 60 pmol/L reads like a
 * measurement. The hover text gives the parameter's reference range.
 */
export function steroidNotes(
  values: Readonly<Record<NightId, ParameterValues>>,
): { night: string; text: string; title: string }[] {
  const notes = (['a', 'b'] as NightId[]).flatMap((night) => {
    const v = values[night];
    if (cycles(v)) return [];
    const man = v.sex !== 'female';
    const ids = man
      ? (['estradiolMale_pmolPerL', 'progesteroneMale_nmolPerL'] as const)
      : (['estradiolPostmenopausal_pmolPerL', 'progesteronePostmenopausal_nmolPerL'] as const);
    const [e2, p4] = ids.map((id) => parameterSpec(id)!);
    return [
      {
        night: night as string,
        who: man ? 'a man' : 'a woman past the menopause age',
        levels: `estradiol ${formatParameterValue(e2!, v[ids[0]])} and progesterone ${formatParameterValue(p4!, v[ids[1]])}`,
        title: `${e2!.description} ${p4!.description}`,
      },
    ];
  });
  // The same sleeper on both nights (the default): said once.
  const [a, b] = notes;
  if (a && b && a.who === b.who && a.levels === b.levels) notes.splice(0, 2, { ...a, night: 'ab' });
  return notes.map((n) => ({
    night: n.night,
    text: `${n.night === 'ab' ? 'Both nights' : `Night ${n.night.toUpperCase()}`}, ${n.who}: ${n.levels} are held constant (no cycle).`,
    title: n.title,
  }));
}

import type { WindowsRelease } from './windows-builds.js';

/** How long Microsoft services a release's container base images; dates are `YYYY-MM-DD`, the last day of support. */
export interface WindowsSupportDates {
  channel: 'LTSC' | 'SAC';
  /** LTSC: end of mainstream support (feature and non-security fixes stop; security updates go on). */
  mainstreamEnd?: string;
  /** The last day of security updates: LTSC extended support, or the single end date of a SAC release. */
  supportEnd: string;
  /** Which base images Microsoft published for the release. */
  images: readonly string[];
}

const CORE_NANO = ['servercore', 'nanoserver'];
const ALL_IMAGES = ['servercore', 'nanoserver', 'server', 'windows'];

/**
 * Support dates by release key (`WindowsRelease.key`), last checked 2026-12-05 against:
 * - Microsoft, "Base image servicing lifecycles"
 *   https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/base-image-lifecycle
 * - Microsoft Lifecycle, Windows Server 2016/2019/2022/2025
 *   https://learn.microsoft.com/lifecycle/products/windows-server-2016 (…-2019, …-2022, …-2025)
 * - Microsoft Lifecycle, Windows Server Semi-Annual Channel and its end-of-servicing announcements
 *   https://learn.microsoft.com/lifecycle/products/windows-server-semiannual-channel
 * - "Windows Server release information"
 *   https://learn.microsoft.com/windows/release-health/windows-server-release-info
 * The `1809` images are the Windows Server 2019 build (Nano Server 1809's support was extended with it,
 * https://github.com/microsoft/Windows-Containers/issues/52), so they share the 2019 dates (RULES.md BH613).
 * Windows Server 23H2 (Annual Channel) has no entry: no base images were published for it, and its end
 * date has been moved since release, so a stale date here would be a false finding.
 */
export const WINDOWS_SUPPORT_DATES: ReadonlyMap<string, WindowsSupportDates> = new Map([
  ['sac2016', { channel: 'SAC', supportEnd: '2018-10-09', images: ['nanoserver'] }],
  [
    'ltsc2016',
    { channel: 'LTSC', mainstreamEnd: '2022-01-11', supportEnd: '2027-01-12', images: ['servercore'] }
  ],
  ['1709', { channel: 'SAC', supportEnd: '2019-04-09', images: CORE_NANO }],
  ['1803', { channel: 'SAC', supportEnd: '2019-11-12', images: CORE_NANO }],
  [
    'ltsc2019',
    { channel: 'LTSC', mainstreamEnd: '2024-01-09', supportEnd: '2029-01-09', images: ALL_IMAGES }
  ],
  ['1903', { channel: 'SAC', supportEnd: '2020-12-08', images: CORE_NANO }],
  ['1909', { channel: 'SAC', supportEnd: '2021-05-11', images: CORE_NANO }],
  ['2004', { channel: 'SAC', supportEnd: '2021-12-14', images: CORE_NANO }],
  ['20h2', { channel: 'SAC', supportEnd: '2022-08-09', images: CORE_NANO }],
  [
    'ltsc2022',
    { channel: 'LTSC', mainstreamEnd: '2026-10-13', supportEnd: '2031-10-14', images: ALL_IMAGES }
  ],
  ['ltsc2025', { channel: 'LTSC', mainstreamEnd: '2029-10-09', supportEnd: '2034-10-10', images: ALL_IMAGES }]
]);

/** The date the table above was last checked: the "today" of rules that run without a scan date. */
export const SUPPORT_DATES_CHECKED = '2026-12-05';

/** Days before the end of support from which BH613 warns (low) instead of staying silent. */
export const SUPPORT_ENDING_DAYS = 180;

export type SupportStatus =
  | { state: 'ended'; supportEnd: string }
  | { state: 'ending'; supportEnd: string; daysLeft: number }
  | { state: 'supported' | 'unknown' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a release is out of support on `today` (`YYYY-MM-DD`, UTC), about to be, or neither. */
export function supportStatus(release: WindowsRelease, today: string): SupportStatus {
  const dates = WINDOWS_SUPPORT_DATES.get(release.key);
  if (!dates) return { state: 'unknown' };
  // Support lasts through its last day: it has ended once that day is over.
  if (dates.supportEnd < today) return { state: 'ended', supportEnd: dates.supportEnd };
  const daysLeft = Math.round((Date.parse(dates.supportEnd) - Date.parse(today)) / DAY_MS);
  return daysLeft <= SUPPORT_ENDING_DAYS
    ? { state: 'ending', supportEnd: dates.supportEnd, daysLeft }
    : { state: 'supported' };
}

/** What BH613 reports of a release past or near its end: message data, and `low` while support lasts. */
export interface EndOfSupport {
  state: 'ended' | 'ending';
  data: { release: string; build: string; date: string; days?: number };
  severity?: 'low';
}

/** The end-of-support facts of a release on `today` (the table's check date when no scan date is given). */
export function endOfSupport(release: WindowsRelease, today: string | undefined): EndOfSupport | undefined {
  const status = supportStatus(release, today ?? SUPPORT_DATES_CHECKED);
  if (status.state !== 'ended' && status.state !== 'ending') return undefined;
  const data = { release: release.name, build: `10.0.${release.build}`, date: status.supportEnd };
  return status.state === 'ended'
    ? { state: 'ended', data }
    : { state: 'ending', data: { ...data, days: status.daysLeft }, severity: 'low' };
}

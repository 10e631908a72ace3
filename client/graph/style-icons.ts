/**
 * Node icons for style rules: a chosen few of lucide's icons (imported one by one, so the bundle
 * carries only these), drawn white on the node as an SVG data URL (the CSP allows data: images).
 */
import {
  Banknote,
  Bomb,
  Briefcase,
  Building,
  CalendarDays,
  Church,
  Crown,
  Database,
  Factory,
  FileText,
  Flag,
  Gavel,
  Globe,
  GraduationCap,
  Handshake,
  Hospital,
  House,
  Landmark,
  Mail,
  MapPin,
  Mic,
  Network,
  Newspaper,
  Package,
  Phone,
  Plane,
  Scale,
  Server,
  Shield,
  Ship,
  Star,
  Swords,
  Tag,
  Target,
  User,
  Users,
  Zap,
  type IconNode,
} from 'lucide';

/** The icons a style rule may name, by their lucide name in kebab case. */
export const STYLE_ICONS: Readonly<Record<string, IconNode>> = {
  banknote: Banknote,
  bomb: Bomb,
  briefcase: Briefcase,
  building: Building,
  'calendar-days': CalendarDays,
  church: Church,
  crown: Crown,
  database: Database,
  factory: Factory,
  'file-text': FileText,
  flag: Flag,
  gavel: Gavel,
  globe: Globe,
  'graduation-cap': GraduationCap,
  handshake: Handshake,
  hospital: Hospital,
  house: House,
  landmark: Landmark,
  mail: Mail,
  'map-pin': MapPin,
  mic: Mic,
  network: Network,
  newspaper: Newspaper,
  package: Package,
  phone: Phone,
  plane: Plane,
  scale: Scale,
  server: Server,
  shield: Shield,
  ship: Ship,
  star: Star,
  swords: Swords,
  tag: Tag,
  target: Target,
  user: User,
  users: Users,
  zap: Zap,
};

export const ICON_NAMES: readonly string[] = Object.keys(STYLE_ICONS).sort();

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The SVG text of an icon in a colour; null for a name outside the set. */
export function iconSvg(name: string, colour = '#ffffff'): string | null {
  const node = Object.hasOwn(STYLE_ICONS, name) ? STYLE_ICONS[name] : undefined;
  if (!node) return null;
  const children = node
    .map(([tag, attrs]) => {
      const a = Object.entries(attrs)
        .filter(([k]) => /^[a-z-]+$/i.test(k))
        .map(([k, v]) => `${k}="${escapeAttr(String(v))}"`)
        .join(' ');
      return /^[a-z]+$/.test(tag) ? `<${tag} ${a}/>` : '';
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${escapeAttr(colour)}" ` +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${children}</svg>`
  );
}

const cache = new Map<string, string>();

/** An icon as a data URL for a node's background image; null for a name outside the set. */
export function iconDataUrl(name: string): string | null {
  const hit = cache.get(name);
  if (hit) return hit;
  const svg = iconSvg(name);
  if (!svg) return null;
  const url = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  cache.set(name, url);
  return url;
}

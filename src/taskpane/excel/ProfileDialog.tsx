/** Edits the institution profile (spec/form.md §4). */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Profile } from '../../form/types';
import { Button, Text } from '../shared/controls';
import { type Lang, type StringsOf, stringsByLang, useI18n } from '../shared/i18n';
import { excelMessages } from './messages';
import { cleanProfile } from './profile';
import { profileMessages } from './profile-messages';

/** The editor's strings: its own table (loaded with it) and the Excel pane's (Cancel). */
type ProfileStrings = StringsOf<typeof excelMessages> & StringsOf<typeof profileMessages>;
const PROFILE_STRINGS: Readonly<Record<Lang, ProfileStrings>> = stringsByLang<ProfileStrings>(
  excelMessages,
  profileMessages,
);

const useStyles = makeStyles({
  form: { display: 'grid', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

type Key =
  | 'institutionName'
  | 'address'
  | 'organization'
  | 'locality'
  | 'state'
  | 'extraEntityPrefixes'
  | 'officer.name'
  | 'officer.email'
  | 'officer.phone'
  | 'officer.department';

const FIELDS: Array<[Key, (t: ProfileStrings) => string]> = [
  ['institutionName', (t) => t.profileInstitutionName],
  ['address', (t) => t.profileAddress],
  ['organization', (t) => t.profileOrganization],
  ['locality', (t) => t.profileLocality],
  ['state', (t) => t.profileState],
  ['extraEntityPrefixes', (t) => t.profileExtraPrefixes],
  ['officer.name', (t) => t.profileOfficerName],
  ['officer.email', (t) => t.profileOfficerEmail],
  ['officer.phone', (t) => t.profileOfficerPhone],
  ['officer.department', (t) => t.profileOfficerDepartment],
];

function toForm(p: Profile): Record<Key, string> {
  return {
    institutionName: p.institutionName ?? '',
    address: p.address ?? '',
    organization: p.organization ?? '',
    locality: p.locality ?? '',
    state: p.state ?? '',
    extraEntityPrefixes: (p.extraEntityPrefixes ?? []).join('、'),
    'officer.name': p.officer?.name ?? '',
    'officer.email': p.officer?.email ?? '',
    'officer.phone': p.officer?.phone ?? '',
    'officer.department': p.officer?.department ?? '',
  };
}

function fromForm(f: Record<Key, string>): Profile {
  return cleanProfile({
    institutionName: f.institutionName,
    address: f.address,
    organization: f.organization,
    locality: f.locality,
    state: f.state,
    extraEntityPrefixes: f.extraEntityPrefixes.split(/[、,，]/),
    officer: {
      name: f['officer.name'],
      email: f['officer.email'],
      phone: f['officer.phone'],
      department: f['officer.department'],
    },
  });
}

export function ProfileDialog(props: {
  open: boolean;
  profile: Profile;
  onSave: (p: Profile) => void;
  onCancel: () => void;
}) {
  const t = PROFILE_STRINGS[useI18n().lang];
  const styles = useStyles();
  const [form, setForm] = useState(() => toForm(props.profile));
  useEffect(() => {
    if (props.open) setForm(toForm(props.profile));
  }, [props.open, props.profile]);
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => (!d.open ? props.onCancel() : undefined)}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            props.onSave(fromForm(form));
          }}
        >
          <DialogBody>
            <DialogTitle>{t.profileTitle}</DialogTitle>
            <DialogContent>
              <Text size={200}>{t.profileIntro}</Text>
              <div className={styles.form}>
                {FIELDS.map(([key, label]) => (
                  <Field key={key} label={label(t)}>
                    <Input
                      value={form[key]}
                      name={key}
                      onChange={(_, d) => setForm((f) => ({ ...f, [key]: d.value }))}
                    />
                  </Field>
                ))}
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t.save}
              </Button>
              <Button onClick={props.onCancel}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** Staff accounts, for administrators: create, disable or enable, reset a password. */
import type { StaffAccount } from './staffStore';
import { Layout, PostForm, renderPage } from './ui/layout';
import type { Viewer } from './ui/layout';

export function accountsPage(input: { viewer: Viewer; accounts: StaffAccount[]; selfId: number; notice?: string; error?: string }): string {
  const { viewer } = input;
  return renderPage(
    <Layout title="Comptes du personnel" viewer={viewer} notice={input.notice} error={input.error}>
      <div class="scroll">
        <table>
          <caption>Comptes</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">E-mail</th>
              <th scope="col">Rôle</th>
              <th scope="col">État</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {input.accounts.map((a) => (
              <tr>
                <th scope="row">{a.displayName}</th>
                <td>{a.email}</td>
                <td>{a.role === 'admin' ? 'administrateur' : 'agent'}</td>
                <td>{a.active ? 'actif' : 'désactivé'}</td>
                <td>
                  {a.id === input.selfId ? (
                    'votre compte'
                  ) : (
                    <>
                      <PostForm action={`/staff/accounts/${a.id}/${a.active ? 'disable' : 'enable'}`} csrf={viewer.csrf} class="inline">
                        <button type="submit" aria-label={`${a.active ? 'Désactiver' : 'Réactiver'} le compte de ${a.displayName}`}>
                          {a.active ? 'Désactiver' : 'Réactiver'}
                        </button>
                      </PostForm>
                      <PostForm action={`/staff/accounts/${a.id}/reset`} csrf={viewer.csrf} class="inline">
                        <label for={`reset-${a.id}`}>{`Nouveau mot de passe de ${a.displayName}`}</label>
                        <input id={`reset-${a.id}`} name="password" type="password" autocomplete="new-password" minlength={12} required />
                        <button type="submit">Réinitialiser</button>
                      </PostForm>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nouveau">
        <h2 id="nouveau">Nouveau compte</h2>
        <PostForm action="/staff/accounts" csrf={viewer.csrf} class="login">
          <label for="new-name">Prénom et nom</label>
          <input id="new-name" name="name" required />
          <label for="new-email">Adresse e-mail</label>
          <input id="new-email" name="email" type="email" required />
          <label for="new-password">Mot de passe provisoire (12 caractères au moins)</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" minlength={12} required />
          <label for="new-role">Rôle</label>
          <select id="new-role" name="role">
            <option value="agent">agent</option>
            <option value="admin">administrateur</option>
          </select>
          <button type="submit">Créer le compte</button>
        </PostForm>
      </section>
    </Layout>,
  );
}

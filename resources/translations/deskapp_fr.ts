<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskapp/ui/accessibility.py" line="113"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accessibility.py" line="124"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="38"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="39"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="40"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="41"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="42"/>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="44"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="46"/>
        <source>New account...</source>
        <translation>Nouveau compte...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="47"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="48"/>
        <source>Set password...</source>
        <translation>Définir le mot de passe...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="49"/>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="81"/>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="83"/>
        <source>Locked: too many wrong passwords</source>
        <translation>Bloqué&#xa0;: trop de mots de passe erronés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="85"/>
        <source>Chooses a password at the first login</source>
        <translation>Choisit son mot de passe à la première connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="86"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="108"/>
        <source>Give it to the colleague in person</source>
        <translation>Remettez-le en personne au collègue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="119"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="170"/>
        <source>Not unlocked</source>
        <translation>Non débloqué</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="169"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="170"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="171"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="172"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="173"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="174"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="178"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="182"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="204"/>
        <source>%1 (done)</source>
        <translation>%1 (faite)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="226"/>
        <source>No activity yet. Log the first one with the button below.</source>
        <translation>Aucune activité pour l&apos;instant. Notez la première avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="241"/>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="45"/>
        <source>in 1 week</source>
        <translation>dans 1 semaine</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="46"/>
        <source>in 2 weeks</source>
        <translation>dans 2 semaines</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="47"/>
        <source>in 1 month</source>
        <translation>dans 1 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="53"/>
        <source>Follow-up %1</source>
        <translation>Relance %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="65"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="74"/>
        <source>Log activity</source>
        <translation>Noter une activité</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../deskapp/ui/administration_page.py" line="21"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/administration_page.py" line="22"/>
        <source>Audit trail</source>
        <translation>Journal des opérations</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="61"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="62"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="63"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="64"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="69"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="70"/>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="71"/>
        <source>Done, and log the next...</source>
        <translation>Faite, noter la suivante...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="76"/>
        <source>&lt; Previous week</source>
        <translation>&lt; Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="77"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="79"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="81"/>
        <source>Next week &gt;</source>
        <translation>Semaine suivante &gt;</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="67"/>
        <location filename="../../deskapp/ui/agenda_page.py" line="110"/>
        <source>My follow-ups</source>
        <translation>Mes relances</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="60"/>
        <source>Due date</source>
        <comment>agenda column: the day a follow-up is due</comment>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="82"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="111"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="128"/>
        <source>Choose an operator to see their follow-ups.</source>
        <translation>Choisissez un conseiller pour voir ses relances.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="148"/>
        <source>Overdue by %Ln days</source>
        <translation>
            <numerusform>En retard de %Ln jour</numerusform>
            <numerusform>En retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="150"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="152"/>
        <source>Coming up</source>
        <comment>agenda state: a follow-up due after today</comment>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="169"/>
        <source>No follow-ups for today or the coming week.</source>
        <translation>Aucune relance pour aujourd&apos;hui ni pour la semaine à venir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="173"/>
        <source>%Ln follow-ups due in the next 7 days</source>
        <translation>
            <numerusform>%Ln relance prévue dans les 7 prochains jours</numerusform>
            <numerusform>%Ln relances prévues dans les 7 prochains jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="174"/>
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln en retard</numerusform>
            <numerusform>, %Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="186"/>
        <source>Week %1 - %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="204"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="206"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="218"/>
        <source>%Ln follow-ups this week</source>
        <translation>
            <numerusform>%Ln relance cette semaine</numerusform>
            <numerusform>%Ln relances cette semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../deskapp/ui/crash.py" line="108"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/crash.py" line="109"/>
        <source>Something went wrong: %1

What was saved before is safe. The details were written to %2; send that file to whoever looks after deskapp.</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1

Ce qui était déjà enregistré est en sécurité. Les détails ont été écrits dans %2&#xa0;; envoyez ce fichier à la personne qui s&apos;occupe de deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="186"/>
        <source>No database yet</source>
        <translation>Pas encore de base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="187"/>
        <source>There is no database at
%1

Create a new, empty database there? If you expected to find your registry, choose No and check the path.</source>
        <translation>Il n&apos;y a pas de base de données à
%1

En créer une nouvelle, vide, à cet endroit&#xa0;? Si vous pensiez y trouver votre registre, choisissez Non et vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="270"/>
        <source>The database is in use</source>
        <translation>La base de données est utilisée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="275"/>
        <source>Network share</source>
        <translation>Partage réseau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="351"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="363"/>
        <source>Automatic backup made: %1</source>
        <translation>Sauvegarde automatique faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="35"/>
        <source>1 row ({note})</source>
        <translation>1 ligne ({note})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="36"/>
        <source>{n} rows ({note})</source>
        <translation>{n} lignes ({note})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="40"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="41"/>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="45"/>
        <source>1 person shown ({where})</source>
        <translation>1 personne affichée ({where})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="46"/>
        <source>{n} people shown ({where})</source>
        <translation>{n} personnes affichées ({where})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="50"/>
        <source>demo data: 1 person, seed {seed}</source>
        <translation>données de démonstration&#xa0;: 1 personne, graine {seed}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="51"/>
        <source>demo data: {n} persons, seed {seed}</source>
        <translation>données de démonstration&#xa0;: {n} personnes, graine {seed}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="55"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="56"/>
        <source>{n} persons</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="64"/>
        <source>no password</source>
        <translation>sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="65"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="66"/>
        <source>restored from a backup</source>
        <translation>restaurée à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="67"/>
        <source>member anonymised</source>
        <translation>associé anonymisé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="68"/>
        <source>anonymised (GDPR art. 17)</source>
        <translation>anonymisé (RGPD art. 17)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="69"/>
        <source>anonymised (GDPR art. 17), re-applied after restore</source>
        <translation>anonymisé (RGPD art. 17), réappliqué après restauration</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="71"/>
        <source>batch</source>
        <translation>par lot</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="72"/>
        <source>all desks</source>
        <translation>toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="73"/>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="81"/>
        <source>restored from a backup by {name}</source>
        <translation>restaurée à partir d&apos;une sauvegarde par {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="83"/>
        <source>person {id}</source>
        <translation>personne {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="84"/>
        <source>project {id}</source>
        <translation>projet {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="85"/>
        <source>desk {id}</source>
        <translation>antenne {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="86"/>
        <source>region {code}</source>
        <translation>région {code}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="90"/>
        <source>{format}, {start} to {end}, {scope}</source>
        <translation>{format}, du {start} au {end}, {scope}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="119"/>
        <source>{previous} to {target}</source>
        <translation>{previous} → {target}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="52"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="53"/>
        <source>Privacy consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="54"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="55"/>
        <source>Needs assessment</source>
        <translation>Diagnostic des besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="56"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="57"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="58"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="59"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="60"/>
        <source>Project member</source>
        <translation>Associé du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="61"/>
        <source>Funding application</source>
        <translation>Demande de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="62"/>
        <source>Structural resource</source>
        <translation>Ressource structurelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="63"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="64"/>
        <source>Business plan version</source>
        <translation>Version du plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="65"/>
        <source>Funding catalogue</source>
        <translation>Catalogue des financements</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="66"/>
        <source>Person dossier (PDF)</source>
        <translation>Dossier de la personne (PDF)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="67"/>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="68"/>
        <source>Project summary</source>
        <translation>Synthèse du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="69"/>
        <source>Coordinator report</source>
        <translation>Rapport de coordination</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="70"/>
        <source>People (table)</source>
        <translation>Personnes (tableau)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="71"/>
        <source>Projects (table)</source>
        <translation>Projets (tableau)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="72"/>
        <source>Activities (table)</source>
        <translation>Activités (tableau)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="116"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="117"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="118"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="119"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="120"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="121"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="169"/>
        <source>(set-up)</source>
        <translation>(installation)</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="209"/>
        <location filename="../../deskapp/ui/audit_panel.py" line="212"/>
        <location filename="../../deskapp/ui/audit_panel.py" line="329"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="210"/>
        <source>Choose a person...</source>
        <translation>Choisir une personne...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="222"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="226"/>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="231"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="233"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="243"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="244"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="245"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="246"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="259"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="265"/>
        <source>The trail names the fields written, never their values. It cannot be changed; &apos;Check the database&apos; (Settings) verifies its chain.</source>
        <translation>Le journal nomme les champs écrits, jamais leurs valeurs. Il ne peut pas être modifié&#xa0;; «&#xa0;Vérifier la base&#xa0;» (Paramètres) contrôle sa chaîne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="291"/>
        <source>Write the dates as DD/MM/YYYY.</source>
        <translation>Écrivez les dates sous la forme JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="298"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="323"/>
        <source>No event matches.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/audit_panel.py" line="323"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="333"/>
        <source>%1 %2 (no. %3)</source>
        <translation>%1 %2 (n° %3)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../deskapp/ui/tasks.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/tasks.py" line="83"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/tasks.py" line="90"/>
        <source>%Ln rows done</source>
        <translation>
            <numerusform>%Ln ligne traitée</numerusform>
            <numerusform>%Ln lignes traitées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../deskapp/services/backups.py" line="187"/>
        <source>The backup was not encrypted: the restored database is encrypted with the database&apos;s key, as the file it replaced was.</source>
        <translation>La sauvegarde n&apos;était pas chiffrée&#xa0;: la base restaurée est chiffrée avec la clé de la base, comme l&apos;était le fichier qu&apos;elle remplace.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="193"/>
        <source>The restored database is encrypted with its key, as the backup was.</source>
        <translation>La base restaurée est chiffrée avec sa clé, comme l&apos;était la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="196"/>
        <source>The restored database is not encrypted, as the backup was not.</source>
        <translation>La base restaurée n&apos;est pas chiffrée, car la sauvegarde ne l&apos;était pas.</translation>
    </message>
</context>
<context>
    <name>BusinessPlan</name>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="62"/>
        <source>Anonymised member</source>
        <translation>Associé anonymisé</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="36"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="37"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="38"/>
        <source>Provided by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="39"/>
        <source>Up to (EUR)</source>
        <translation>Jusqu&apos;à (EUR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="40"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="41"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="44"/>
        <source>Funding instruments</source>
        <translation>Instruments de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="46"/>
        <source>Show closed instruments</source>
        <translation>Afficher les instruments fermés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="50"/>
        <source>New instrument...</source>
        <translation>Nouvel instrument...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="51"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="54"/>
        <source>The coordinators keep this catalogue.</source>
        <translation>Ce catalogue est tenu par les coordinateurs.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="89"/>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="90"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="91"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="91"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="96"/>
        <source>No funding instrument in the catalogue.</source>
        <translation>Aucun instrument de financement dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="110"/>
        <source>Choose an instrument to read who may apply and for what.</source>
        <translation>Choisissez un instrument pour lire qui peut le demander et pour quoi.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="148"/>
        <source>New funding instrument</source>
        <translation>Nouvel instrument de financement</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="150"/>
        <source>audit trail: the anchor {path} cannot be read; the backups&apos; manifests are used instead</source>
        <translation>journal des opérations&#xa0;: le repère {path} est illisible&#xa0;; les manifestes des sauvegardes sont utilisés à la place</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="211"/>
        <source>audit trail: no anchor to compare it with (none beside the file, none in the backups&apos; manifests)</source>
        <translation>journal des opérations&#xa0;: aucun repère pour le comparer (ni à côté du fichier, ni dans les manifestes des sauvegardes)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="235"/>
        <source>audit trail: it has no events, but the anchor of {date} ({source}) names event {anchored}: the whole trail is missing. Restore the last good backup.</source>
        <translation>journal des opérations&#xa0;: il n&apos;a aucun événement, mais le repère du {date} ({source}) cite l&apos;événement {anchored}&#xa0;: tout le journal manque. Restaurez la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="241"/>
        <source>audit trail: its first event is not the one the anchor of {date} ({source}) recorded: the file was replaced by another database, or its trail rewritten from the start. Restore the last good backup and compare the two trails.</source>
        <translation>journal des opérations&#xa0;: son premier événement n&apos;est pas celui qu&apos;a noté le repère du {date} ({source})&#xa0;: le fichier a été remplacé par une autre base, ou son journal réécrit depuis le début. Restaurez la dernière bonne sauvegarde et comparez les deux journaux.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="248"/>
        <source>audit trail: the trail ends at event {last} but the anchor of {date} ({source}) names event {anchored}: the events after {last} are missing (a lost -wal file, a copy taken while deskapp was writing, or events removed). Restore the last good backup and compare the two trails.</source>
        <translation>journal des opérations&#xa0;: le journal s&apos;arrête à l&apos;événement {last} mais le repère du {date} ({source}) cite l&apos;événement {anchored}&#xa0;: les événements après {last} manquent (un fichier -wal perdu, une copie faite pendant que deskapp écrivait, ou des événements supprimés). Restaurez la dernière bonne sauvegarde et comparez les deux journaux.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="256"/>
        <source>audit trail: event {anchored}, named by the anchor of {date} ({source}), is missing: the trail was rewritten. Restore the last good backup and compare the two trails.</source>
        <translation>journal des opérations&#xa0;: l&apos;événement {anchored}, cité par le repère du {date} ({source}), manque&#xa0;: le journal a été réécrit. Restaurez la dernière bonne sauvegarde et comparez les deux journaux.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="263"/>
        <source>audit trail: event {anchored} does not have the hash the anchor of {date} ({source}) recorded: the trail was rewritten or forged up to there. Restore the last good backup and compare the two trails.</source>
        <translation>journal des opérations&#xa0;: l&apos;événement {anchored} n&apos;a pas l&apos;empreinte notée par le repère du {date} ({source})&#xa0;: le journal a été réécrit ou falsifié jusque-là. Restaurez la dernière bonne sauvegarde et comparez les deux journaux.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="270"/>
        <source>audit trail: {events} events up to event {anchored}, but the anchor of {date} ({source}) counted {counted}: events were removed or added before it. Restore the last good backup and compare the two trails.</source>
        <translation>journal des opérations&#xa0;: {events} événements jusqu&apos;à l&apos;événement {anchored}, mais le repère du {date} ({source}) en comptait {counted}&#xa0;: des événements ont été supprimés ou ajoutés avant lui. Restaurez la dernière bonne sauvegarde et comparez les deux journaux.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="280"/>
        <source>audit trail: matches its anchor of {date} (event {anchored})</source>
        <translation>journal des opérations&#xa0;: conforme à son repère du {date} (événement {anchored})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="50"/>
        <source>audit trail: the chain breaks at event {event} (an event was changed); restore the last good backup and compare the two trails</source>
        <translation>journal des opérations&#xa0;: la chaîne est rompue à l&apos;événement {event} (un événement a été modifié)&#xa0;; restaurez la dernière bonne sauvegarde et comparez les deux journaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="55"/>
        <source>audit trail: the chain breaks at event {event} (an event was removed before it); restore the last good backup and compare the two trails</source>
        <translation>journal des opérations&#xa0;: la chaîne est rompue à l&apos;événement {event} (un événement le précédant a été supprimé)&#xa0;; restaurez la dernière bonne sauvegarde et comparez les deux journaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="73"/>
        <source>schema revision is {revision}, this version of deskapp expects {expected}: run &apos;deskapp db upgrade&apos;</source>
        <translation>la révision du schéma est {revision}, cette version de deskapp attend {expected}&#xa0;: lancez «&#xa0;deskapp db upgrade&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="87"/>
        <source>integrity: {line}</source>
        <translation>intégrité&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="94"/>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation>la ligne {row} de {table} renvoie à un {parent} qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="105"/>
        <source>... and {count} more broken references</source>
        <translation>... et {count} autres références rompues</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="114"/>
        <source>search index {index}: {error}</source>
        <translation>index de recherche {index}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="122"/>
        <location filename="../../deskapp/services/server_check.py" line="25"/>
        <source>the audit trail&apos;s append-only triggers are {state}: {name}</source>
        <translation>les déclencheurs qui rendent le journal des opérations non modifiable sont {state}&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="150"/>
        <source>audit trail: {count} events, chain intact</source>
        <translation>journal des opérations&#xa0;: {count} événements, chaîne intacte</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="157"/>
        <source>{persons} persons, schema {revision}</source>
        <translation>{persons} personnes, schéma {revision}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="37"/>
        <source>the integrity of the server&apos;s files, their backups, and the removal of erased rows&apos; old versions (VACUUM FULL) are the server administrator&apos;s job</source>
        <translation>l&apos;intégrité des fichiers du serveur, leurs sauvegardes et la suppression des anciennes versions des lignes effacées (VACUUM FULL) sont le travail de l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="52"/>
        <source>audit trail: its {count} append-only triggers are in place ({names})</source>
        <translation>journal des opérations&#xa0;: ses {count} déclencheurs d&apos;ajout seul sont en place ({names})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="70"/>
        <source>search index {index} is missing: searches read every row; run &apos;deskapp db upgrade&apos; as the schema&apos;s owner</source>
        <translation>l&apos;index de recherche {index} manque&#xa0;: les recherches lisent chaque ligne&#xa0;; lancez «&#xa0;deskapp db upgrade&#xa0;» en tant que propriétaire du schéma</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="81"/>
        <source>search indexes in place (pg_trgm, GIN): {indexes}</source>
        <translation>index de recherche en place (pg_trgm, GIN)&#xa0;: {indexes}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="92"/>
        <source>connected as {role}, the schema&apos;s owner, which may change it: the desks connect as a role granted with &apos;deskapp db grant --role NAME&apos;</source>
        <translation>connecté en tant que {role}, propriétaire du schéma, qui peut le modifier&#xa0;: les antennes se connectent avec un rôle accordé par «&#xa0;deskapp db grant --role NOM&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="98"/>
        <source>connected as {role}, a superuser, which may change anything: the desks connect as a role granted with &apos;deskapp db grant --role NAME&apos;</source>
        <translation>connecté en tant que {role}, un superutilisateur, qui peut tout modifier&#xa0;: les antennes se connectent avec un rôle accordé par «&#xa0;deskapp db grant --role NOM&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="110"/>
        <source>no desks&apos; role is granted yet (&apos;deskapp db grant --role NAME&apos;)</source>
        <translation>aucun rôle des antennes n&apos;est encore accordé («&#xa0;deskapp db grant --role NOM&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="126"/>
        <source>role {role}: reads and writes the records, adds to the audit trail, cannot change the schema nor change or delete audit events</source>
        <translation>rôle {role}&#xa0;: lit et écrit les fiches, complète le journal des opérations, ne peut ni modifier le schéma ni modifier ou supprimer des événements du journal</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="145"/>
        <source>role {role} is a superuser: it can change the schema and the audit trail; give the desks a role without superuser rights</source>
        <translation>le rôle {role} est un superutilisateur&#xa0;: il peut modifier le schéma et le journal des opérations&#xa0;; donnez aux antennes un rôle sans droits de superutilisateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="156"/>
        <source>role {role} may create tables in the schema: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>le rôle {role} peut créer des tables dans le schéma&#xa0;: lancez «&#xa0;deskapp db grant --role {role}&#xa0;» en tant que propriétaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="167"/>
        <source>role {role} holds {rights} on the audit trail, which it may only add to: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>le rôle {role} détient {rights} sur le journal des opérations, qu&apos;il peut seulement compléter&#xa0;: lancez «&#xa0;deskapp db grant --role {role}&#xa0;» en tant que propriétaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="179"/>
        <source>role {role} may change the schema&apos;s revision: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>le rôle {role} peut modifier la révision du schéma&#xa0;: lancez «&#xa0;deskapp db grant --role {role}&#xa0;» en tant que propriétaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="191"/>
        <source>role {role} cannot read and write {tables}: deskapp fails there until the owner runs &apos;deskapp db grant --role {role}&apos;</source>
        <translation>le rôle {role} ne peut pas lire et écrire {tables}&#xa0;: deskapp y échoue tant que le propriétaire n&apos;a pas lancé «&#xa0;deskapp db grant --role {role}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="105"/>
        <source>role {role} is a member of {through}, so it can act as that role (SET ROLE): the server&apos;s administrator runs {fix}</source>
        <translation>le rôle {role} est membre de {through}, donc il peut agir comme ce rôle (SET ROLE)&#xa0;: l&apos;administrateur du serveur exécute {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="110"/>
        <source>role {role} owns the database {through}, and with it the schema: the server&apos;s administrator runs {fix}</source>
        <translation>le rôle {role} est propriétaire de la base de données {through}, et avec elle du schéma&#xa0;: l&apos;administrateur du serveur exécute {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="115"/>
        <source>role {role} may create roles, and so grant itself others: the server&apos;s administrator runs {fix}</source>
        <translation>le rôle {role} peut créer des rôles, et donc s&apos;en accorder d&apos;autres&#xa0;: l&apos;administrateur du serveur exécute {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="120"/>
        <source>role {role} bypasses row-level security: the server&apos;s administrator runs {fix}</source>
        <translation>le rôle {role} contourne la sécurité au niveau des lignes&#xa0;: l&apos;administrateur du serveur exécute {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="124"/>
        <source>role {role} may create schemas in the database {through}: the server&apos;s administrator runs {fix}</source>
        <translation>le rôle {role} peut créer des schémas dans la base de données {through}&#xa0;: l&apos;administrateur du serveur exécute {fix}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="39"/>
        <source>First interview held</source>
        <translation>Premier entretien mené</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="43"/>
        <source>Privacy notice given to every promoter</source>
        <translation>Notice d&apos;information remise à chaque porteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="45"/>
        <source>Idea written down</source>
        <translation>Idée mise par écrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="49"/>
        <source>Group of promoters or workers formed</source>
        <translation>Groupe de porteurs ou de salariés constitué</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="54"/>
        <source>Origin company&apos;s situation documented</source>
        <translation>Situation de l&apos;entreprise d&apos;origine documentée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="60"/>
        <source>Market and competitors analysed</source>
        <translation>Marché et concurrence analysés</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="65"/>
        <source>Skills audit of the members done</source>
        <translation>Bilan de compétences des associés réalisé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="70"/>
        <source>Premises and equipment identified</source>
        <translation>Locaux et équipements identifiés</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="75"/>
        <source>Cooperative federation involved</source>
        <translation>Fédération coopérative associée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="77"/>
        <source>Regional union of the Scop (URSCOP) involved</source>
        <translation>Union régionale des Scop (URSCOP) associée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="82"/>
        <source>Business plan drafted</source>
        <translation>Plan d&apos;affaires rédigé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="87"/>
        <source>Members&apos; capital agreed (TFR, NASpI advance)</source>
        <translation>Capital des associés convenu (TFR, avance NASpI)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="88"/>
        <source>Members&apos; capital agreed (savings, ARCE)</source>
        <translation>Capital des associés convenu (épargne, ARCE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="93"/>
        <source>Business plan reviewed with the desk</source>
        <translation>Plan d&apos;affaires revu avec l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="98"/>
        <source>Funding instruments identified</source>
        <translation>Instruments de financement identifiés</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="103"/>
        <source>Applications submitted</source>
        <translation>Demandes déposées</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="108"/>
        <source>NASpI advance requested from INPS</source>
        <translation>Avance NASpI demandée à l&apos;INPS</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="110"/>
        <source>ARCE requested from France Travail</source>
        <translation>ARCE demandée à France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="115"/>
        <source>Enterprise incorporated (deed and statute)</source>
        <translation>Entreprise immatriculée (acte et statuts)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="120"/>
        <source>Registered with the chamber of commerce</source>
        <translation>Inscrite à la chambre de commerce</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="125"/>
        <source>Company or branch leased or bought</source>
        <translation>Entreprise ou branche louée ou rachetée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="131"/>
        <source>Follow-up at 6 months</source>
        <translation>Suivi à 6 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="136"/>
        <source>Follow-up at 12 months</source>
        <translation>Suivi à 12 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="141"/>
        <source>Follow-up at 24 months</source>
        <translation>Suivi à 24 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="146"/>
        <source>Follow-up at 36 months</source>
        <translation>Suivi à 36 mois</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="239"/>
        <source>Step</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="239"/>
        <location filename="../../deskapp/ui/project_panels.py" line="329"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="251"/>
        <source>Checklist</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="256"/>
        <source>Tick a step when it is done (Space); double-click it or press Enter to change the date.</source>
        <translation>Cochez une étape quand elle est faite (Espace)&#xa0;; double-cliquez ou appuyez sur Entrée pour changer la date.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="330"/>
        <source>Date the step was done (DD/MM/YYYY):</source>
        <translation>Date à laquelle la tâche a été faite (JJ/MM/AAAA)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="340"/>
        <source>Not a date: write it as DD/MM/YYYY.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: écrivez-la sous la forme JJ/MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordDialog</name>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="110"/>
        <source>Password for the account %1</source>
        <translation>Mot de passe du compte %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="112"/>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="119"/>
        <source>A new password for %1: at least 8 characters, not a common password. Tell it to them in person; they can change it afterwards. A locked account is unlocked too.</source>
        <translation>Un nouveau mot de passe pour %1&#xa0;: au moins 8 caractères, pas un mot de passe courant. Communiquez-le en personne&#xa0;; il pourra le changer ensuite. Un compte bloqué est aussi débloqué.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="125"/>
        <source>%1, your account has no password yet. Choose one: at least 8 characters, not a common password; a short sentence is easy to remember.</source>
        <translation>%1, votre compte n&apos;a pas encore de mot de passe. Choisissez-en un&#xa0;: au moins 8 caractères, pas un mot de passe courant&#xa0;; une petite phrase se retient facilement.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="130"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="131"/>
        <source>The same again</source>
        <translation>Le même à nouveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="136"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="45"/>
        <source>Desk &apos;{desk}&apos; created; administrator &apos;{name}&apos;.</source>
        <translation>Antenne «&#xa0;{desk}&#xa0;» créée&#xa0;; administrateur «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="61"/>
        <source>Demo data written: {persons} persons, {projects} projects, {activities} activities, {applications} funding applications, {plans} business plans, {desks} desks, {operators} operators (seed {seed}).</source>
        <translation>Données de démonstration écrites&#xa0;: {persons} personnes, {projects} projets, {activities} activités, {applications} demandes de financement, {plans} plans d&apos;affaires, {desks} antennes, {operators} conseillers (graine {seed}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="78"/>
        <source>Act as the demo administrator with: --operator &apos;Amministratore demo&apos; (every demo account&apos;s password: {password}; DESKAPP_PASSWORD sets it for the command line)</source>
        <translation>Agissez comme administrateur de démonstration avec&#xa0;: --operator &apos;Amministratore demo&apos; (mot de passe de chaque compte de démonstration&#xa0;: {password}&#xa0;; DESKAPP_PASSWORD le donne à la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="97"/>
        <location filename="../../deskapp/cli/copy_command.py" line="231"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="109"/>
        <source>... and 1 more row:</source>
        <translation>... et encore 1 ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="110"/>
        <source>... and {n} more rows:</source>
        <translation>... et encore {n} lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="119"/>
        <source>1 row, {column}: {kind}{reason}</source>
        <translation>1 ligne, {column}&#xa0;: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="120"/>
        <source>{n} rows, {column}: {kind}{reason}</source>
        <translation>{n} lignes, {column}&#xa0;: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="135"/>
        <source>, 1 warning</source>
        <translation>, 1 avertissement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="136"/>
        <source>, {n} warnings</source>
        <translation>, {n} avertissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="156"/>
        <location filename="../../deskapp/cli/commands.py" line="194"/>
        <source>{rows} rows checked, no errors{warnings}; nothing written (--dry-run).</source>
        <translation>{rows} lignes vérifiées, aucune erreur{warnings}&#xa0;; rien n&apos;a été écrit (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="163"/>
        <source>{count} openings imported.</source>
        <translation>{count} offres d&apos;emploi importées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="167"/>
        <source>{count} organisations imported.</source>
        <translation>{count} organisations importées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="203"/>
        <source>{count} persons imported{warnings}.</source>
        <translation>{count} personnes importées{warnings}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="219"/>
        <source>{count} rows of {what} written to {path}.</source>
        <translation>{count} lignes de {what} écrites dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="269"/>
        <source>{participants} participants; report written to {path}.</source>
        <translation>{participants} participants&#xa0;; rapport écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="277"/>
        <source>The participants are listed one a line in {path}, beside the workbook: too many rows for a sheet. Keep the two files together.</source>
        <translation>Les participants sont listés un par ligne dans {path}, à côté du classeur&#xa0;: trop de lignes pour une feuille. Gardez les deux fichiers ensemble.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="322"/>
        <source>{count} dossiers written to {path}.</source>
        <translation>{count} dossiers écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="345"/>
        <source>Document written to {path}.</source>
        <translation>Document écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="385"/>
        <source>Right of access: {pdf} and {data} written.</source>
        <translation>Droit d&apos;accès&#xa0;: {pdf} et {data} écrits.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="401"/>
        <source>Person {id} anonymised: {fields} identifying fields erased, {notes} notes cleared; anonymous facts kept.</source>
        <translation>Personne {id} anonymisée&#xa0;: {fields} champs identifiants effacés, {notes} notes vidées&#xa0;; les faits anonymes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="413"/>
        <source>On a server, the old versions of the erased rows stay in the tables&apos; files until the administrator runs VACUUM FULL, and in the server&apos;s WAL and backups until they expire; a backup restored later brings the person back and must be anonymised again. These are the server administrator&apos;s job.</source>
        <translation>Sur un serveur, les anciennes versions des lignes effacées restent dans les fichiers des tables jusqu&apos;à ce que l&apos;administrateur lance VACUUM FULL, et dans le WAL et les sauvegardes du serveur jusqu&apos;à leur expiration&#xa0;; une sauvegarde restaurée plus tard ramène la personne, qu&apos;il faut anonymiser de nouveau. C&apos;est le travail de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="434"/>
        <source>{id:&gt;7}  last date {last}  kept until {until}</source>
        <translation>{id:&gt;7}  dernière date {last}  conservée jusqu&apos;au {until}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="441"/>
        <source>  (state aid)</source>
        <translation>  (aide d&apos;État)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="444"/>
        <source>... and {count} more</source>
        <translation>... et {count} autres</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="448"/>
        <source>{count} people due for anonymisation; add --apply to anonymise them.</source>
        <translation>{count} personnes à anonymiser&#xa0;; ajoutez --apply pour les anonymiser.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="462"/>
        <source>{count} people anonymised.</source>
        <translation>{count} personnes anonymisées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="479"/>
        <source>No one found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="513"/>
        <source>Person {id} has no consent in force to be proposed to employers and projects: no match is shown. Record that consent first.</source>
        <translation>La personne {id} n&apos;a pas de consentement en vigueur pour être proposée à des employeurs et à des projets&#xa0;: aucune correspondance n&apos;est affichée. Enregistrez d&apos;abord ce consentement.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="522"/>
        <source>Openings:</source>
        <translation>Offres d&apos;emploi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="524"/>
        <source>No open opening fits.</source>
        <translation>Aucune offre d&apos;emploi ouverte ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="527"/>
        <source>Firms of their trade:</source>
        <translation>Entreprises de son métier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="529"/>
        <source>No firm fits.</source>
        <translation>Aucune entreprise ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="536"/>
        <source>The project lists no role it still needs.</source>
        <translation>Le projet n&apos;indique aucun rôle encore à pourvoir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="539"/>
        <source>Role: {role} ({n} still needed)</source>
        <translation>Rôle&#xa0;: {role} (encore {n} à pourvoir)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="547"/>
        <source>No one who may be proposed fits.</source>
        <translation>Aucune personne pouvant être proposée ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="549"/>
        <source>Premises, land and machinery:</source>
        <translation>Locaux, terrains et machines&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="551"/>
        <source>No free resource fits.</source>
        <translation>Aucune ressource libre ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="554"/>
        <source>Partner organisations:</source>
        <translation>Organisations partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="556"/>
        <source>No organisation fits.</source>
        <translation>Aucune organisation ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="132"/>
        <location filename="../../deskapp/cli/db_commands.py" line="175"/>
        <source>Upgraded {path} from {old} to {new}.</source>
        <translation>{path} mis à jour de la version {old} à la {new}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="140"/>
        <source>The previous file was copied to {path}.</source>
        <translation>Le fichier précédent a été copié dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="146"/>
        <location filename="../../deskapp/cli/db_commands.py" line="183"/>
        <source>{path} is up to date (schema {revision}).</source>
        <translation>{path} est à jour (schéma {revision}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="159"/>
        <location filename="../../deskapp/cli/db_commands.py" line="442"/>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="225"/>
        <source>The role {role} may now read and write the records of {path} and add to its audit trail; it cannot change the schema, nor change or delete audit events. Tables made by later upgrades are granted to it too.</source>
        <translation>Le rôle {role} peut désormais lire et écrire les fiches de {path} et compléter son journal des opérations&#xa0;; il ne peut ni modifier le schéma, ni modifier ou supprimer des événements du journal. Les tables créées par les mises à jour suivantes lui seront aussi accordées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="245"/>
        <source>The desks&apos; roles have their rights on the new schema: {roles}.</source>
        <translation>Les rôles des antennes ont leurs droits sur le nouveau schéma&#xa0;: {roles}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="285"/>
        <source>problem: {problem}</source>
        <translation>problème&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="291"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="295"/>
        <source>1 problem found</source>
        <translation>1 problème trouvé</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="296"/>
        <source>{n} problems found</source>
        <translation>{n} problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="363"/>
        <source>1 person erased after this backup was made was anonymised again (the register of erasures beside the database).</source>
        <translation>1 personne effacée après cette sauvegarde a été anonymisée de nouveau (le registre des effacements à côté de la base).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="368"/>
        <source>{n} people erased after this backup was made were anonymised again (the register of erasures beside the database).</source>
        <translation>{n} personnes effacées après cette sauvegarde ont été anonymisées de nouveau (le registre des effacements à côté de la base).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="490"/>
        <source>Restored {file} into {path}.</source>
        <translation>{file} restauré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="343"/>
        <source>Restored {path} from {file}; the previous file was kept as {aside}.</source>
        <translation>{path} restauré depuis {file}&#xa0;; le fichier précédent est conservé sous {aside}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="353"/>
        <source>Restored {path} from {file}; there was no previous database to keep.</source>
        <translation>{path} restauré depuis {file}&#xa0;; il n&apos;y avait pas de base précédente à conserver.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="167"/>
        <source>Copying</source>
        <translation>Copie en cours</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="186"/>
        <source>Encrypt the new file with a key (SQLCipher)? [y/N] </source>
        <translation>Chiffrer le nouveau fichier avec une clé (SQLCipher)&#xa0;? [o/N] </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="235"/>
        <source>Copied {source} to {target} (schema {revision}):</source>
        <translation>Copie de {source} vers {target} (schéma {revision})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="245"/>
        <source>{rows} rows in all; the audit trail&apos;s {events} events verify on the copy.</source>
        <translation>{rows} lignes en tout&#xa0;; les {events} événements du journal des opérations se vérifient sur la copie.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="255"/>
        <source>From now on, work on the server: what is written to {source} after this copy is not in it.</source>
        <translation>Désormais, travaillez sur le serveur&#xa0;: ce qui est écrit dans {source} après cette copie n&apos;y figure pas.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="265"/>
        <source>{source} is encrypted; on the server, encryption at rest is the server&apos;s job (its disks).</source>
        <translation>{source} est chiffré&#xa0;; sur le serveur, le chiffrement des données au repos est l&apos;affaire du serveur (ses disques).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="276"/>
        <source>1 erasure is listed in the register of erasures beside the new file.</source>
        <translation>1 effacement est inscrit au registre des effacements à côté du nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="280"/>
        <source>{n} erasures are listed in the register of erasures beside the new file.</source>
        <translation>{n} effacements sont inscrits au registre des effacements à côté du nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="290"/>
        <location filename="../../deskapp/cli/db_commands.py" line="410"/>
        <source>{path} is encrypted. Keep the key safe: without it the data cannot be read.</source>
        <translation>{path} est chiffré. Gardez la clé en lieu sûr&#xa0;: sans elle, les données ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="299"/>
        <source>{target} is not encrypted: &apos;deskapp db encrypt&apos; encrypts it.</source>
        <translation>{target} n&apos;est pas chiffré&#xa0;: «&#xa0;deskapp db encrypt&#xa0;» le chiffre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="417"/>
        <source>Copies made before (backups in {folder}, exports, files kept aside) are still plain: delete them once a new, encrypted backup exists.</source>
        <translation>Les copies faites avant (sauvegardes dans {folder}, exports, fichiers mis de côté) sont encore en clair&#xa0;: supprimez-les dès qu&apos;une nouvelle sauvegarde chiffrée existe.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="141"/>
        <source>interrupted; nothing half-written was kept.</source>
        <translation>interrompu&#xa0;; rien d&apos;écrit à moitié n&apos;a été gardé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="52"/>
        <source>the document&apos;s language (default: the language of the desk it comes from)</source>
        <translation>la langue du document (par défaut&#xa0;: celle de l&apos;antenne dont il provient)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="61"/>
        <source>Case management for the help desks that turn job loss into new enterprises.</source>
        <translation>Suivi des dossiers pour les antennes qui font de la perte d&apos;emploi de nouvelles entreprises.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="69"/>
        <source>show the version of deskapp and exit</source>
        <translation>afficher la version de deskapp et quitter</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="74"/>
        <source>database file (default: DESKAPP_DB, then deskapp.sqlite in the user data folder)</source>
        <translation>fichier de la base de données (par défaut&#xa0;: DESKAPP_DB, puis deskapp.sqlite dans le dossier des données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="82"/>
        <source>who acts (default: DESKAPP_OPERATOR)</source>
        <translation>qui agit (par défaut&#xa0;: DESKAPP_OPERATOR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="88"/>
        <source>set up a new database: the desk and its administrator</source>
        <translation>préparer une nouvelle base de données&#xa0;: l&apos;antenne et son administrateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="93"/>
        <source>name of the desk, e.g. &apos;Antenna Imperia&apos;</source>
        <translation>nom de l&apos;antenne, par exemple «&#xa0;Antenne Bastia&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="102"/>
        <source>the desk&apos;s language: its documents and its screens</source>
        <translation>la langue de l&apos;antenne&#xa0;: celle de ses documents et de ses écrans</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="106"/>
        <source>name of the administrator</source>
        <translation>nom de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="112"/>
        <source>create the database encrypted (SQLCipher), with a key from DESKAPP_KEY or typed</source>
        <translation>créer la base de données chiffrée (SQLCipher), avec une clé venant de DESKAPP_KEY ou saisie</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="118"/>
        <source>fill an empty database with realistic invented data</source>
        <translation>remplir une base de données vide de données inventées réalistes</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="125"/>
        <source>import people, organisations or openings from a CSV or .xlsx file</source>
        <translation>importer des personnes, des organisations ou des offres d&apos;emploi depuis un fichier CSV ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="134"/>
        <source>check every row, write nothing</source>
        <translation>vérifier chaque ligne, ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="137"/>
        <source>export a table to CSV or .xlsx</source>
        <translation>exporter une table en CSV ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="145"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French desk, as their Excel expects, &apos;,&apos; for an English one)</source>
        <translation>le séparateur du CSV (par défaut&#xa0;: «&#xa0;;&#xa0;» pour une antenne italienne ou française, comme l&apos;attend leur Excel, «&#xa0;,&#xa0;» pour une antenne anglaise)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="155"/>
        <source>a document: person dossier, project summary, business plan, indicators</source>
        <translation>un document&#xa0;: dossier de la personne, synthèse du projet, plan d&apos;affaires, indicateurs</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="161"/>
        <source>everything held about one person</source>
        <translation>tout ce qui est conservé sur une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="167"/>
        <source>a project from the idea to funding</source>
        <translation>un projet de l&apos;idée au financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="175"/>
        <source>a project&apos;s business plan, for a bank or CFI</source>
        <translation>le plan d&apos;affaires d&apos;un projet, pour une banque ou un financeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="181"/>
        <source>a frozen version (the working draft when omitted)</source>
        <translation>une version figée (le brouillon de travail si elle est omise)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="187"/>
        <source>the dossier of every person of a desk</source>
        <translation>le dossier de chaque personne d&apos;une antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="194"/>
        <source>the coordinator report: EU indicators for a period and a scope</source>
        <translation>le rapport du coordinateur&#xa0;: indicateurs UE pour une période et un périmètre</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="209"/>
        <source>hide breakdown cells counting fewer than N people</source>
        <translation>masquer les cases de détail comptant moins de N personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="214"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French report, &apos;,&apos; for English)</source>
        <translation>le séparateur du CSV (par défaut&#xa0;: «&#xa0;;&#xa0;» pour un rapport italien ou français, «&#xa0;,&#xa0;» pour un rapport anglais)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="224"/>
        <source>openings and firms for a person, or people, premises and partners for a project</source>
        <translation>offres et entreprises pour une personne, ou personnes, locaux et partenaires pour un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="234"/>
        <source>how many matches of each kind (default 10)</source>
        <translation>combien de correspondances par type (10 par défaut)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="240"/>
        <source>premises of at least this many square metres</source>
        <translation>locaux d&apos;au moins cette surface en mètres carrés</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="244"/>
        <source>find people by a fragment of what you know</source>
        <translation>trouver des personnes à partir d&apos;un fragment de ce que vous savez</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="250"/>
        <source>the people&apos;s rights: access, erasure</source>
        <translation>les droits des personnes&#xa0;: accès, effacement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="255"/>
        <source>everything held about a person: the dossier (PDF) and a JSON file</source>
        <translation>tout ce qui est conservé sur une personne&#xa0;: le dossier (PDF) et un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="264"/>
        <source>anonymise a person (right to erasure; administrators; irreversible)</source>
        <translation>anonymiser une personne (droit à l&apos;effacement&#xa0;; administrateurs&#xa0;; irréversible)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="270"/>
        <source>confirm: it cannot be undone</source>
        <translation>confirmer&#xa0;: c&apos;est irréversible</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="274"/>
        <source>list the people whose retention ended; --apply anonymises them</source>
        <translation>lister les personnes dont la durée de conservation est écoulée&#xa0;; --apply les anonymise</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="281"/>
        <source>anonymise them (administrators)</source>
        <translation>les anonymiser (administrateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="284"/>
        <source>years kept (default 5)</source>
        <translation>années de conservation (par défaut 5)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="290"/>
        <source>years kept after state aid (default 10)</source>
        <translation>années de conservation après une aide d&apos;État (par défaut 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="296"/>
        <source>check, back up or upgrade the database file</source>
        <translation>vérifier, sauvegarder ou mettre à jour le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="301"/>
        <source>integrity, references, search index, schema version</source>
        <translation>intégrité, références, index de recherche, version du schéma</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="304"/>
        <source>consistent copy, safe while the app is in use</source>
        <translation>copie cohérente, sûre même pendant l&apos;utilisation de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="309"/>
        <source>migrate to this version&apos;s schema (copies the file first)</source>
        <translation>migrer vers le schéma de cette version (copie d&apos;abord le fichier)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="313"/>
        <source>replace the database with a backup (checked first; current file kept)</source>
        <translation>remplacer la base de données par une sauvegarde (vérifiée d&apos;abord&#xa0;; le fichier actuel est conservé)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="319"/>
        <source>confirm the replacement</source>
        <translation>confirmer le remplacement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="323"/>
        <source>encrypt the database file (SQLCipher) with a key from DESKAPP_KEY or typed; close deskapp first</source>
        <translation>chiffrer le fichier de la base de données (SQLCipher) avec une clé venant de DESKAPP_KEY ou saisie&#xa0;; fermez d&apos;abord deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="331"/>
        <source>copy the whole database from a file into an empty PostgreSQL database, or from a server into a new file (administrators)</source>
        <translation>copier toute la base d&apos;un fichier vers une base PostgreSQL vide, ou d&apos;un serveur vers un nouveau fichier (administrateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="341"/>
        <source>where to: postgresql://user@host:port/dbname (empty) from a file, or a new file from a server</source>
        <translation>où&#xa0;: postgresql://utilisateur@hôte:port/nombase (vide) depuis un fichier, ou un nouveau fichier depuis un serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="350"/>
        <source>make the new file encrypted (SQLCipher), with a key from DESKAPP_KEY or typed</source>
        <translation>créer le nouveau fichier chiffré (SQLCipher), avec une clé venant de DESKAPP_KEY ou saisie</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="357"/>
        <source>on a PostgreSQL server, as the schema&apos;s owner: give the desks&apos; role the right to read and write the records, never to change the schema or the audit trail</source>
        <translation>sur un serveur PostgreSQL, en tant que propriétaire du schéma&#xa0;: donner au rôle des antennes le droit de lire et d&apos;écrire les fiches, jamais de modifier le schéma ni le journal des opérations</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="367"/>
        <source>the role the desks connect as (made by createuser)</source>
        <translation>le rôle avec lequel les antennes se connectent (créé par createuser)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="377"/>
        <source>consolidation: bundles from the desks to the coordinator, keys, conflicts</source>
        <translation>consolidation&#xa0;: paquets des antennes vers le coordinateur, clés, conflits</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="383"/>
        <source>this desk&apos;s key and its fingerprint</source>
        <translation>la clé de cette antenne et son empreinte</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="389"/>
        <source>also write the key to a file, to give the coordinator</source>
        <translation>écrire aussi la clé dans un fichier, à donner au coordinateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="394"/>
        <source>this database&apos;s sealing key instead, for desks that encrypt their bundles</source>
        <translation>plutôt la clé de chiffrement de cette base, pour les antennes qui chiffrent leurs paquets</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="400"/>
        <source>accept a desk&apos;s key (at the coordinator&apos;s) or the coordinator&apos;s (at a desk), once, after comparing its fingerprint by phone</source>
        <translation>accepter la clé d&apos;une antenne (à la coordination) ou celle de la coordination (dans une antenne), une seule fois, après avoir comparé son empreinte par téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="412"/>
        <source>the coordinator&apos;s key: its catalogue bundles apply here</source>
        <translation>la clé de la coordination&#xa0;: ses paquets de catalogue s&apos;appliquent ici</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="417"/>
        <source>write a bundle of what changed since the last one</source>
        <translation>écrire un paquet de ce qui a changé depuis le dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="423"/>
        <source>without names, contacts, addresses, notes or tax codes (for a programme)</source>
        <translation>sans noms, coordonnées, adresses, notes ni numéros fiscaux (pour un programme)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="430"/>
        <source>encrypt the bundle to the coordinator&apos;s sealing key: its file (the first time, with --fingerprint) or its fingerprint</source>
        <translation>chiffrer le paquet avec la clé de chiffrement du coordinateur&#xa0;: son fichier (la première fois, avec --fingerprint) ou son empreinte</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="439"/>
        <source>the sealing key&apos;s fingerprint, as the coordinator reads it out</source>
        <translation>l&apos;empreinte de la clé de chiffrement, telle que le coordinateur la lit</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="445"/>
        <source>take in desks&apos; bundles or folders of them (verified, in each desk&apos;s order)</source>
        <translation>intègre les paquets des antennes ou des dossiers de paquets (vérifiés, dans l&apos;ordre de chaque antenne)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="452"/>
        <source>write the funding catalogue as a signed bundle for the desks (coordinator)</source>
        <translation>écrire le catalogue des financements dans un paquet signé pour les antennes (coordination)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="459"/>
        <source>apply the coordinator&apos;s catalogue bundle here (verified first)</source>
        <translation>appliquer ici le paquet de catalogue de la coordination (vérifié d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="466"/>
        <source>the programme&apos;s key: --new at the coordinator&apos;s, FILE at each desk</source>
        <translation>la clé du programme&#xa0;: --new chez le coordinateur, FICHIER dans chaque antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="474"/>
        <source>make the programme key here and write it to -o FILE</source>
        <translation>créer ici la clé de programme et l&apos;écrire dans -o FICHIER</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="479"/>
        <source>fields changed both here and at a desk; decide one</source>
        <translation>champs modifiés à la fois ici et dans une antenne&#xa0;; tranchez-en un</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="485"/>
        <source>people who may be the same at two desks (same name, birth dates close)</source>
        <translation>personnes qui pourraient être les mêmes dans deux antennes (même nom, dates de naissance proches)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="491"/>
        <source>the erasures received from the desks: which record, when, which desk</source>
        <translation>les effacements reçus des antennes&#xa0;: quelle fiche, quand, quelle antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="497"/>
        <source>count two records as one person (--reject: not the same; --undo)</source>
        <translation>compter deux fiches comme une seule personne (--reject&#xa0;: pas la même&#xa0;; --undo)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="520"/>
        <source>database file</source>
        <translation>fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="526"/>
        <source>who acts</source>
        <translation>qui agit</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="127"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="128"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="129"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="130"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="131"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="132"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="133"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="134"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="135"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="136"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="137"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="138"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="139"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="140"/>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="141"/>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="142"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="143"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="144"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="145"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="33"/>
        <source>&apos;{desk}&apos; is trusted already with this key.</source>
        <translation>«&#xa0;{desk}&#xa0;» est déjà acceptée avec cette clé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="39"/>
        <source>Key of &apos;{desk}&apos; trusted (fingerprint {fingerprint}).</source>
        <translation>Clé de «&#xa0;{desk}&#xa0;» acceptée (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="57"/>
        <source>Bundle {number} ({kind}) written to {path}: {records} records, {events} audit events, changes {first} to {last}.</source>
        <translation>Paquet {number} ({kind}) écrit dans {path}&#xa0;: {records} fiches, {events} événements du journal, modifications {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="73"/>
        <source>The bundle is encrypted to the key {fingerprint}: only that coordinator can open it.</source>
        <translation>Le paquet est chiffré pour la clé {fingerprint}&#xa0;: seul ce coordinateur peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="89"/>
        <source>Catalogue bundle {number} written to {path}: {entries} instruments.</source>
        <translation>Paquet de catalogue {number} écrit dans {path}&#xa0;: {entries} dispositifs.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="108"/>
        <source>No people to compare: no candidates.</source>
        <translation>Aucune personne à comparer&#xa0;: aucun candidat.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="112"/>
        <source>Persons {first} and {second}: same name, birth dates {days} days apart (deskapp sync merge {first} {second}, or --reject).</source>
        <translation>Personnes {first} et {second}&#xa0;: même nom, dates de naissance à {days} jours d&apos;écart (deskapp sync merge {first} {second}, ou --reject).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="124"/>
        <source>  Decided differently at two databases (merged at one, not the same person at another, or the merge undone): decide again here.</source>
        <translation>  Décidé différemment dans deux bases (fusionnées dans l&apos;une, pas la même personne ou fusion annulée dans l&apos;autre)&#xa0;: décidez à nouveau ici.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="136"/>
        <source>No erasures received from the desks.</source>
        <translation>Aucun effacement reçu des antennes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="140"/>
        <source>Person {id}: erased on {day} at &apos;{desk}&apos;.</source>
        <translation>Personne {id}&#xa0;: effacée le {day} à l&apos;antenne «&#xa0;{desk}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="152"/>
        <source>Persons {first} and {second}: not the same person.</source>
        <translation>Personnes {first} et {second}&#xa0;: ce n&apos;est pas la même personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="155"/>
        <source>Persons {first} and {second}: merge undone.</source>
        <translation>Personnes {first} et {second}&#xa0;: fusion annulée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="158"/>
        <source>Persons {first} and {second}: one person, counted once.</source>
        <translation>Personnes {first} et {second}&#xa0;: une seule personne, comptée une fois.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="179"/>
        <source>The coordinator &apos;{name}&apos; is trusted already with this key.</source>
        <translation>La coordination «&#xa0;{name}&#xa0;» est déjà acceptée avec cette clé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="185"/>
        <source>Key of the coordinator &apos;{name}&apos; trusted (fingerprint {fingerprint}): its catalogue bundles apply here.</source>
        <translation>Clé de la coordination «&#xa0;{name}&#xa0;» acceptée (empreinte {fingerprint})&#xa0;: ses paquets de catalogue s&apos;appliquent ici.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="203"/>
        <source>Catalogue bundle {number} of &apos;{name}&apos; was applied already: nothing changed.</source>
        <translation>Le paquet de catalogue {number} de «&#xa0;{name}&#xa0;» avait déjà été appliqué&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="212"/>
        <source>Catalogue bundle {number} of &apos;{name}&apos; applied: {added} new, {changed} changed, {withdrawn} withdrawn, {unchanged} unchanged; {kept} of this desk&apos;s own kept.</source>
        <translation>Paquet de catalogue {number} de «&#xa0;{name}&#xa0;» appliqué&#xa0;: {added} nouvelles entrées, {changed} modifiées, {withdrawn} retirées, {unchanged} inchangées&#xa0;; {kept} entrées propres à cette antenne conservées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="263"/>
        <source>Sealing key fingerprint: {fingerprint}</source>
        <translation>Empreinte de la clé de chiffrement&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="265"/>
        <source>Desk key fingerprint: {fingerprint}</source>
        <translation>Empreinte de la clé de l&apos;antenne&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="272"/>
        <source>Key written to {path}.</source>
        <translation>Clé écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="315"/>
        <source>Bundle {number} of &apos;{desk}&apos; was taken in already: nothing changed.</source>
        <translation>Le paquet {number} de «&#xa0;{desk}&#xa0;» avait déjà été intégré&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="325"/>
        <source>Bundle {number} of &apos;{desk}&apos; is held: it follows bundles not taken in yet ({missing}). It will be applied when they come.</source>
        <translation>Le paquet {number} de «&#xa0;{desk}&#xa0;» est en attente&#xa0;: il suit des paquets pas encore intégrés ({missing}). Il sera appliqué à leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="337"/>
        <source>Bundle {number} ({kind}) of &apos;{desk}&apos; taken in: {records} records, {conflicts} conflicts to decide.</source>
        <translation>Paquet {number} ({kind}) de «&#xa0;{desk}&#xa0;» intégré&#xa0;: {records} fiches, {conflicts} conflits à trancher.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="364"/>
        <source>Programme key written to {path}: give it to the programme&apos;s desks only.</source>
        <translation>Clé de programme écrite dans {path}&#xa0;: ne la donnez qu&apos;aux antennes du programme.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="379"/>
        <source>Programme key kept (fingerprint {fingerprint}).</source>
        <translation>Clé de programme conservée (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="394"/>
        <source>Conflict {id} decided.</source>
        <translation>Conflit {id} tranché.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="398"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="402"/>
        <source>{id}: {entity} {field}: here {local}; at &apos;{desk}&apos; {incoming} (bundle {number}, {who})</source>
        <translation>{id}&#xa0;: {entity} {field}&#xa0;: ici {local}&#xa0;; à «&#xa0;{desk}&#xa0;» {incoming} (paquet {number}, {who})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="239"/>
        <source>desks</source>
        <translation>antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="240"/>
        <source>funding instruments (catalogue)</source>
        <translation>instruments de financement (catalogue)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="241"/>
        <source>operator accounts</source>
        <translation>comptes des conseillers</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="242"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="243"/>
        <source>structural resources</source>
        <translation>ressources structurelles</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="244"/>
        <source>audit trail events</source>
        <translation>événements du journal des opérations</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="245"/>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="246"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="247"/>
        <source>needs assessments</source>
        <translation>évaluations des besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="248"/>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="249"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="250"/>
        <source>business plans</source>
        <translation>plans d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="251"/>
        <source>business plan versions</source>
        <translation>versions des plans d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="252"/>
        <source>checklist ticks</source>
        <translation>cases cochées des listes de contrôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="253"/>
        <source>funding applications</source>
        <translation>demandes de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="254"/>
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="255"/>
        <source>project members</source>
        <translation>associés des projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="256"/>
        <source>resources linked to projects</source>
        <translation>ressources liées aux projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="257"/>
        <source>stage changes</source>
        <translation>changements d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="258"/>
        <source>supply chains</source>
        <translation>filières</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="259"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="260"/>
        <source>organisations&apos; contact people</source>
        <translation>contacts des organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="261"/>
        <source>relations between organisations</source>
        <translation>relations entre organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="262"/>
        <source>openings</source>
        <translation>offres d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="263"/>
        <source>roles wanted by projects</source>
        <translation>rôles recherchés par les projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="264"/>
        <source>proposals and their outcomes</source>
        <translation>propositions et leurs résultats</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="51"/>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="82"/>
        <source>Key of {name}: </source>
        <translation>Clé de {name}&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="105"/>
        <source>New key (at least 12 characters; without it the data is lost): </source>
        <translation>Nouvelle clé (au moins 12 caractères&#xa0;; sans elle, les données sont perdues)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="110"/>
        <location filename="../../deskapp/cli/login.py" line="137"/>
        <source>The same again: </source>
        <translation>La même, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="133"/>
        <source>New password for {name} (at least 8 characters): </source>
        <translation>Nouveau mot de passe pour {name} (au moins 8 caractères)&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="168"/>
        <source>Password of {user} on {host}: </source>
        <translation>Mot de passe de {user} sur {host}&#xa0;: </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="84"/>
        <source>Plan compared with &apos;%1&apos;</source>
        <translation>Plan comparé avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="86"/>
        <source>Plan on screen, version and difference</source>
        <translation>Plan à l&apos;écran, version et différence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="88"/>
        <source>On screen</source>
        <translation>À l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="88"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="94"/>
        <source>The version keeps the members&apos; capital it was frozen with; the plan on screen uses today&apos;s members.</source>
        <translation>La version garde le capital des associés du moment où elle a été figée&#xa0;; le plan à l&apos;écran utilise les associés d&apos;aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="42"/>
        <source>Someone else saved this record</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="45"/>
        <source>While you were editing, this record was saved by someone else. Compare the two versions and choose which one to keep.</source>
        <translation>Pendant que vous la modifiiez, cette fiche a été enregistrée par quelqu&apos;un d&apos;autre. Comparez les deux versions et choisissez celle à garder.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Saved version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="55"/>
        <source>The two versions</source>
        <translation>Les deux versions</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="69"/>
        <source>The fields you see are the same in both; other details changed.</source>
        <translation>Les champs affichés sont identiques dans les deux&#xa0;; d&apos;autres détails ont changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="72"/>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="73"/>
        <source>Take the saved version</source>
        <translation>Prendre la version enregistrée</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="167"/>
        <source>Server: %1, database %2</source>
        <translation>Serveur&#xa0;: %1, base %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="171"/>
        <source>Shared registry on the server %1 (user %2)</source>
        <translation>Registre partagé sur le serveur %1 (utilisateur %2)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="175"/>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="184"/>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="185"/>
        <source>Reconnect to the database server</source>
        <translation>Se reconnecter au serveur de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="188"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="197"/>
        <source>Reconnect to the server</source>
        <translation>Se reconnecter au serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="212"/>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="218"/>
        <source>The connection to the server %1 (database %2) is lost. Nothing is lost of what you typed: the open records stay as they are. Save again once the server answers; deskapp tries at your next action, or press Reconnect.</source>
        <translation>La connexion au serveur %1 (base %2) est perdue. Rien de ce que vous avez saisi n&apos;est perdu&#xa0;: les fiches ouvertes restent telles quelles. Enregistrez de nouveau dès que le serveur répond&#xa0;; deskapp réessaie à votre prochaine action, ou appuyez sur Se reconnecter.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="245"/>
        <source>The server does not answer yet; try again in a moment.</source>
        <translation>Le serveur ne répond pas encore&#xa0;; réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="48"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="49"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="50"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="51"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="52"/>
        <source>Birthplace</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="53"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="54"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="55"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="56"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="57"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="58"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="181"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="204"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="231"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="288"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="290"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="344"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="59"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="67"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="70"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="72"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="94"/>
        <source>Previous</source>
        <translation>Précédents</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="97"/>
        <source>Previous page of %1</source>
        <translation>Page précédente des %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="101"/>
        <source>Next</source>
        <translation>Suivants</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="104"/>
        <source>Next page of %1</source>
        <translation>Page suivante des %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="124"/>
        <source>%1-%2 of %3</source>
        <translation>%1-%2 sur %3</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="160"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="354"/>
        <source>Trust a desk&apos;s key...</source>
        <translation>Accepter la clé d&apos;une antenne...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="162"/>
        <source>Publish the catalogue...</source>
        <translation>Publier le catalogue...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="165"/>
        <source>Write the funding catalogue as a signed bundle: the desks that trust this database&apos;s key apply it with &apos;deskapp sync apply-catalogue&apos;.</source>
        <translation>Écrit le catalogue des financements dans un paquet signé&#xa0;: les antennes qui acceptent la clé de cette base l&apos;appliquent avec «&#xa0;deskapp sync apply-catalogue&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="182"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="183"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="184"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="185"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="381"/>
        <source>Taken in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="186"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="187"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="188"/>
        <source>Erased</source>
        <translation>Effacés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="189"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="190"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="193"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="199"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="195"/>
        <source>bundles</source>
        <translation>paquets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="200"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="447"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="201"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="542"/>
        <source>Same person?</source>
        <translation>Même personne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="202"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="352"/>
        <source>Trusted desks</source>
        <translation>Antennes acceptées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="221"/>
        <source>Person, project or desk</source>
        <translation>Personne, projet ou antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="222"/>
        <source>Search the conflicts</source>
        <translation>Rechercher dans les conflits</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="204"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="227"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="152"/>
        <source>Take in bundles...</source>
        <translation>Intégrer des paquets...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="155"/>
        <source>Choose one or more bundle files: each desk&apos;s are taken in in their order, each on its own; one refused does not stop the others.</source>
        <translation>Choisissez un ou plusieurs fichiers de paquet&#xa0;: ceux de chaque antenne sont intégrés dans leur ordre, chacun séparément&#xa0;; un paquet refusé n&apos;arrête pas les autres.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="204"/>
        <source>Erased on</source>
        <translation>Effacée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="206"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="208"/>
        <source>Erasures received</source>
        <translation>Effacements reçus</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="228"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="301"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="229"/>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="230"/>
        <source>Value at the desk</source>
        <translation>Valeur à l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="233"/>
        <source>Conflicts to decide</source>
        <translation>Conflits à décider</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="235"/>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="239"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="464"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="242"/>
        <source>Keep the value here</source>
        <translation>Garder la valeur d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="244"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="465"/>
        <source>At the desk</source>
        <translation>À l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="247"/>
        <source>Take the desk&apos;s value</source>
        <translation>Prendre la valeur de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="268"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="321"/>
        <source>Search:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="279"/>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="280"/>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="283"/>
        <source>Family or given name</source>
        <translation>Nom ou prénom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="283"/>
        <source>Search the people</source>
        <translation>Rechercher les personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="287"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="289"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="291"/>
        <source>Birth dates apart (days)</source>
        <translation>Écart des dates de naissance (jours)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="294"/>
        <source>Pairs that may be the same person</source>
        <translation>Paires qui peuvent être la même personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="296"/>
        <source>pairs</source>
        <translation>paires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="302"/>
        <source>First record</source>
        <translation>Première fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="303"/>
        <source>Second record</source>
        <translation>Deuxième fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="304"/>
        <source>Agree?</source>
        <translation>Identiques&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="306"/>
        <source>The two records side by side</source>
        <translation>Les deux fiches côte à côte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="308"/>
        <source>The same person: merge</source>
        <translation>La même personne&#xa0;: fusionner</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="310"/>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="312"/>
        <source>Undo the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="319"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="328"/>
        <source>This pair was decided differently at two databases (merged at one, not the same person at another, or the merge undone): decide again here.</source>
        <translation>Cette paire a été décidée différemment dans deux bases (fusionnées dans l&apos;une, pas la même personne ou fusion annulée dans l&apos;autre)&#xa0;: décidez à nouveau ici.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="345"/>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="346"/>
        <source>Trusted on</source>
        <translation>Acceptée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="347"/>
        <source>Trusted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="348"/>
        <source>Bundles taken in</source>
        <translation>Paquets intégrés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="349"/>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="377"/>
        <source>Pseudonymous</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="377"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/consolidation_page.py" line="383"/>
        <source>Held: waiting for bundle(s) %1 of this desk</source>
        <translation>
            <numerusform>En attente&#xa0;: il manque le paquet %1 de cette antenne</numerusform>
            <numerusform>En attente&#xa0;: il manque les paquets %1 de cette antenne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="405"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="412"/>
        <source>No bundle taken in yet: &quot;Take in bundles...&quot; reads the files desks sent.</source>
        <translation>Aucun paquet intégré pour l&apos;instant&#xa0;: «&#xa0;Intégrer des paquets...&#xa0;» lit les fichiers envoyés par les antennes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="636"/>
        <source>No erasures received from the desks.</source>
        <translation>Aucun effacement reçu des antennes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="661"/>
        <source>Take in bundles</source>
        <translation>Intégrer des paquets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="440"/>
        <source>No conflicts to decide.</source>
        <translation>Aucun conflit à décider.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="442"/>
        <source>No conflicts match the search.</source>
        <translation>Aucun conflit ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="447"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="456"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="470"/>
        <source>Here: %1</source>
        <translation>Ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="471"/>
        <source>At %1: %2</source>
        <translation>À %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="475"/>
        <source>Changed here by %1 on %2</source>
        <translation>Modifié ici par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="476"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="481"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="477"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="482"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="480"/>
        <source>Changed at the desk by %1 on %2 (the desk&apos;s clock), bundle %3</source>
        <translation>Modifié à l&apos;antenne par %1 le %2 (horloge de l&apos;antenne), paquet %3</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="487"/>
        <source>Keep the value here: %1</source>
        <translation>Garder la valeur d&apos;ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="491"/>
        <source>Take the desk&apos;s value: %1</source>
        <translation>Prendre la valeur de l&apos;antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="507"/>
        <source>No merges match the search.</source>
        <translation>Aucune fusion ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="509"/>
        <source>No records merged.</source>
        <translation>Aucune fiche fusionnée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="513"/>
        <source>No pairs match the search.</source>
        <translation>Aucune paire ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="516"/>
        <source>No one to compare: no records of two desks share a name and a close birth date.</source>
        <translation>Personne à comparer&#xa0;: aucune fiche de deux antennes n&apos;a le même nom et une date de naissance proche.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="540"/>
        <source>Same person? (%1)</source>
        <translation>Même personne&#xa0;? (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="562"/>
        <source>Choose a pair above to compare the two records.</source>
        <translation>Choisissez une paire ci-dessus pour comparer les deux fiches.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="575"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="579"/>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="575"/>
        <source>Differs</source>
        <translation>Différent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="596"/>
        <source>This database&apos;s key fingerprint: %1</source>
        <translation>Empreinte de la clé de cette base&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="601"/>
        <source>Its sealing key, for desks that encrypt their bundles (&apos;deskapp sync key --sealing&apos; writes it to a file): %1</source>
        <translation>Sa clé de chiffrement, pour les antennes qui chiffrent leurs paquets (&apos;deskapp sync key --sealing&apos; l&apos;écrit dans un fichier)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="622"/>
        <source>No desk trusted yet: &quot;Trust a desk&apos;s key...&quot; accepts a desk&apos;s key after a phone call.</source>
        <translation>Aucune antenne acceptée pour l&apos;instant&#xa0;: «&#xa0;Accepter la clé d&apos;une antenne...&#xa0;» accepte sa clé après un appel téléphonique.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="663"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="731"/>
        <source>Bundles (%1);;All files (*)</source>
        <translation>Paquets (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="672"/>
        <source>Taking in bundles...</source>
        <translation>Intégration des paquets...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="680"/>
        <source>%v of %m bundles done</source>
        <translation>%v paquets traités sur %m</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="692"/>
        <source>%1 was not taken in: %2</source>
        <translation>%1 n&apos;a pas été intégré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="703"/>
        <source>No bundle files (*.deskbundle) were found there.</source>
        <translation>Aucun fichier de paquet (*.deskbundle) n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="713"/>
        <source>Stopped. The bundles taken in before you stopped stay taken in (see Bundles received); the others were not touched: take them in again.</source>
        <translation>Arrêté. Les paquets intégrés avant l&apos;arrêt restent intégrés (voir Paquets reçus)&#xa0;; les autres n&apos;ont pas été touchés&#xa0;: intégrez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="720"/>
        <source>The bundles were not taken in: %1</source>
        <translation>Les paquets n&apos;ont pas été intégrés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="729"/>
        <source>Publish the catalogue</source>
        <translation>Publier le catalogue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="740"/>
        <source>The catalogue was not published: %1</source>
        <translation>Le catalogue n&apos;a pas été publié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="747"/>
        <source>Catalogue bundle %1 written to %2: %3 instruments. Send it to the desks.</source>
        <translation>Paquet de catalogue %1 écrit dans %2&#xa0;: %3 dispositifs. Envoyez-le aux antennes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="757"/>
        <source>Bundle %1 of %2 was taken in already: nothing changed.</source>
        <translation>Le paquet %1 de %2 avait déjà été intégré&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/consolidation_page.py" line="764"/>
        <source>Bundle %1 of %2 is held: bundle(s) %3 of that desk have not come yet. It is taken in when they come.</source>
        <translation>
            <numerusform>Le paquet %1 de %2 est en attente&#xa0;: le paquet %3 de cette antenne n&apos;est pas encore arrivé. Il sera intégré à son arrivée.</numerusform>
            <numerusform>Le paquet %1 de %2 est en attente&#xa0;: les paquets %3 de cette antenne ne sont pas encore arrivés. Il sera intégré à leur arrivée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="776"/>
        <source>Bundle %1 of %2 taken in: %3 records created, %4 updated, %5 erased; conflicts to decide: %6.</source>
        <translation>Paquet %1 de %2 intégré&#xa0;: %3 fiches créées, %4 mises à jour, %5 effacées&#xa0;; conflits à décider&#xa0;: %6.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="795"/>
        <source>%1 is trusted already with this key.</source>
        <translation>%1 est déjà acceptée avec cette clé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="800"/>
        <source>Key of %1 trusted.</source>
        <translation>Clé de %1 acceptée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="822"/>
        <source>Decided: %1 of %2 is now %3.</source>
        <translation>Décidé&#xa0;: %1 de %2 est maintenant %3.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="846"/>
        <source>%1 (%2 and %3): one person, counted once.</source>
        <translation>%1 (%2 et %3)&#xa0;: une seule personne, comptée une fois.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="847"/>
        <source>%1 (%2 and %3): not the same person, not proposed again.</source>
        <translation>%1 (%2 et %3)&#xa0;: pas la même personne, ne sera plus proposée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="848"/>
        <source>%1 (%2 and %3): merge undone, counted apart.</source>
        <translation>%1 (%2 et %3)&#xa0;: fusion annulée, comptées à part.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeyDialog</name>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="23"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="26"/>
        <source>The database %1 is encrypted. Type its key: the one chosen when it was encrypted (ask your administrator).</source>
        <translation>La base %1 est chiffrée. Tapez sa clé&#xa0;: celle choisie lors du chiffrement (demandez à votre administrateur).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="34"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="52"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="53"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="57"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="58"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="62"/>
        <source>Liguria</source>
        <translation>Ligurie</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="63"/>
        <source>Toscana</source>
        <translation>Toscane</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="64"/>
        <source>Sardegna</source>
        <translation>Sardaigne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="65"/>
        <source>Corse</source>
        <translation>Corse</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="66"/>
        <source>Région Sud</source>
        <translation>Région Sud</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="67"/>
        <source>Other region</source>
        <translation>Autre région</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="71"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="72"/>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="73"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="77"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="78"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="82"/>
        <source>Unemployed</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="83"/>
        <source>Laid off after a company crisis</source>
        <translation>Licencié économique</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="84"/>
        <source>At risk of losing their job</source>
        <translation>Emploi menacé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="85"/>
        <source>Employed</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="86"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="94"/>
        <source>A - without work, must look for a job</source>
        <translation>A - sans emploi, tenu de rechercher un emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="97"/>
        <source>B - worked 78 hours or less in the month, must look for a job</source>
        <translation>B - activité réduite de 78 heures ou moins dans le mois, tenu de rechercher un emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="101"/>
        <source>C - worked over 78 hours in the month, must look for a job</source>
        <translation>C - activité réduite de plus de 78 heures dans le mois, tenu de rechercher un emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="105"/>
        <source>D - without work, not required to look for one (training, illness...)</source>
        <translation>D - sans emploi, non tenu de rechercher un emploi (formation, maladie...)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="111"/>
        <source>E - in work, not required to look for a job (assisted contract, new business)</source>
        <translation>E - en emploi, non tenu de rechercher un emploi (contrat aidé, création d&apos;entreprise)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="115"/>
        <source>F - on a social support path</source>
        <translation>F - en parcours social</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="116"/>
        <source>G - waiting for a first orientation</source>
        <translation>G - en attente d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="123"/>
        <source>ARCE (lump sum as capital)</source>
        <translation>ARCE (versée en capital)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="124"/>
        <source>ARE kept monthly</source>
        <translation>Maintien de l&apos;ARE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="130"/>
        <source>ISCED 0 - early childhood</source>
        <translation>CITE 0 - petite enfance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="131"/>
        <source>ISCED 1 - primary</source>
        <translation>CITE 1 - primaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="132"/>
        <source>ISCED 2 - lower secondary</source>
        <translation>CITE 2 - premier cycle du secondaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="133"/>
        <source>ISCED 3 - upper secondary</source>
        <translation>CITE 3 - second cycle du secondaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="134"/>
        <source>ISCED 4 - post-secondary</source>
        <translation>CITE 4 - post-secondaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="135"/>
        <source>ISCED 5 - short tertiary</source>
        <translation>CITE 5 - supérieur court</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="136"/>
        <source>ISCED 6 - bachelor</source>
        <translation>CITE 6 - licence</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="137"/>
        <source>ISCED 7 - master</source>
        <translation>CITE 7 - master</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="138"/>
        <source>ISCED 8 - doctorate</source>
        <translation>CITE 8 - doctorat</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="142"/>
        <source>Walk-in</source>
        <translation>Accueil au guichet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="143"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="144"/>
        <location filename="../../deskapp/models/enums.py" line="472"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="145"/>
        <source>Employment centre</source>
        <translation>France Travail / centre pour l&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="146"/>
        <source>Trade union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="149"/>
        <source>Cooperative federation</source>
        <translation>Fédération coopérative</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="151"/>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="152"/>
        <location filename="../../deskapp/models/enums.py" line="475"/>
        <source>Event or seminar</source>
        <translation>Événement ou séminaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="153"/>
        <source>Website or social media</source>
        <translation>Site web ou réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="154"/>
        <location filename="../../deskapp/models/enums.py" line="235"/>
        <location filename="../../deskapp/models/enums.py" line="406"/>
        <location filename="../../deskapp/models/enums.py" line="490"/>
        <location filename="../../deskapp/models/enums.py" line="532"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="160"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="161"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="162"/>
        <source>Declined to answer</source>
        <translation>Ne souhaite pas répondre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="178"/>
        <source>Help-desk services</source>
        <translation>Services de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="179"/>
        <source>EU-fund monitoring and reporting</source>
        <translation>Suivi et rapports des fonds européens</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="182"/>
        <source>Special-category data (disadvantage)</source>
        <translation>Données sensibles (désavantage)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="184"/>
        <source>News and events</source>
        <translation>Actualités et événements</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="190"/>
        <source>Being proposed to employers and enterprise projects</source>
        <translation>Être proposé à des employeurs et à des projets d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="197"/>
        <source>Consent (art. 6.1.a)</source>
        <translation>Consentement (art. 6.1.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="198"/>
        <source>Contract (art. 6.1.b)</source>
        <translation>Contrat (art. 6.1.b)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="201"/>
        <source>Legal obligation (art. 6.1.c)</source>
        <translation>Obligation légale (art. 6.1.c)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="203"/>
        <source>Public task (art. 6.1.e)</source>
        <translation>Mission d&apos;intérêt public (art. 6.1.e)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="206"/>
        <source>Legitimate interest (art. 6.1.f)</source>
        <translation>Intérêt légitime (art. 6.1.f)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="210"/>
        <source>Explicit consent (art. 9.2.a)</source>
        <translation>Consentement explicite (art. 9.2.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="215"/>
        <source>Basic</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="216"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="217"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="218"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="222"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="223"/>
        <source>Self-declaration</source>
        <translation>Déclaration personnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="224"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="225"/>
        <source>Employer reference</source>
        <translation>Attestation d&apos;employeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="229"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="230"/>
        <source>Skills audit</source>
        <translation>Bilan de compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="231"/>
        <location filename="../../deskapp/models/enums.py" line="473"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="232"/>
        <source>Enterprise idea support</source>
        <translation>Accompagnement du projet d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="233"/>
        <source>Access to funding</source>
        <translation>Accès au financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="234"/>
        <source>Job placement</source>
        <translation>Insertion professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="239"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="240"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="241"/>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="242"/>
        <source>Referred elsewhere</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="243"/>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="247"/>
        <source>Premises</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="248"/>
        <source>Land</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="249"/>
        <source>Machinery</source>
        <translation>Machines</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="250"/>
        <source>Closed plant</source>
        <translation>Site fermé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="251"/>
        <source>Abandoned space</source>
        <translation>Espace abandonné</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="255"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="256"/>
        <source>Under negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="257"/>
        <source>Assigned to a project</source>
        <translation>Attribué à un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="258"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="262"/>
        <source>Workers buyout</source>
        <translation>Reprise par les salariés</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="263"/>
        <source>Spin-off</source>
        <translation>Essaimage</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="264"/>
        <source>New cooperative</source>
        <translation>Nouvelle coopérative</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="267"/>
        <source>Social cooperative type B</source>
        <translation>Coopérative sociale de type B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="271"/>
        <source>Community cooperative</source>
        <translation>Coopérative de territoire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="273"/>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="283"/>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="284"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="285"/>
        <source>Feasibility study</source>
        <translation>Étude de faisabilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="286"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="287"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="288"/>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="289"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="290"/>
        <source>Started (enterprise running)</source>
        <translation>Lancée (entreprise en activité)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="291"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="327"/>
        <source>Worker cooperative (società cooperativa di produzione e lavoro)</source>
        <translation>Società cooperativa di produzione e lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="335"/>
        <source>Social cooperative type A (cooperativa sociale di tipo A)</source>
        <translation>Cooperativa sociale di tipo A</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="341"/>
        <source>Social cooperative type B (cooperativa sociale di tipo B)</source>
        <translation>Cooperativa sociale di tipo B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="347"/>
        <source>Community cooperative (cooperativa di comunità)</source>
        <translation>Cooperativa di comunità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="353"/>
        <source>Other cooperative (società cooperativa)</source>
        <translation>Società cooperativa (autre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="357"/>
        <source>S.r.l. (limited company)</source>
        <translation>S.r.l. (società a responsabilità limitata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="358"/>
        <source>S.r.l. semplificata (simplified S.r.l.)</source>
        <translation>S.r.l. semplificata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="359"/>
        <source>S.p.A. (joint-stock company)</source>
        <translation>S.p.A. (società per azioni)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="360"/>
        <source>S.n.c. (general partnership)</source>
        <translation>S.n.c. (società in nome collettivo)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="363"/>
        <source>S.a.s. (limited partnership, accomandita semplice)</source>
        <translation>S.a.s. (società in accomandita semplice)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="368"/>
        <source>Sole trader (impresa individuale)</source>
        <translation>Impresa individuale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="371"/>
        <source>Association (associazione)</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="373"/>
        <source>SCOP SA</source>
        <translation>SCOP SA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="374"/>
        <source>SCOP SARL</source>
        <translation>SCOP SARL</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="375"/>
        <source>SCOP SAS</source>
        <translation>SCOP SAS</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="376"/>
        <source>SCIC SA</source>
        <translation>SCIC SA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="377"/>
        <source>SCIC SARL</source>
        <translation>SCIC SARL</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="378"/>
        <source>SCIC SAS</source>
        <translation>SCIC SAS</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="381"/>
        <source>CAE (business and employment cooperative)</source>
        <translation>CAE (coopérative d&apos;activité et d&apos;emploi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="385"/>
        <source>SAS (simplified joint-stock company)</source>
        <translation>SAS (société par actions simplifiée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="386"/>
        <source>SASU (single-member SAS)</source>
        <translation>SASU (société par actions simplifiée unipersonnelle)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="387"/>
        <source>SARL (limited company)</source>
        <translation>SARL (société à responsabilité limitée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="388"/>
        <source>EURL (single-member SARL)</source>
        <translation>EURL (entreprise unipersonnelle à responsabilité limitée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="389"/>
        <source>SA (public limited company)</source>
        <translation>SA (société anonyme)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="392"/>
        <source>Sole trader (entreprise individuelle)</source>
        <translation>Entreprise individuelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="397"/>
        <source>Micro-entrepreneur (sole trader, simplified regime)</source>
        <translation>Micro-entrepreneur (auto-entrepreneur)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="402"/>
        <source>Association (loi 1901)</source>
        <translation>Association loi 1901</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="410"/>
        <source>Social cooperative (type A or B not given)</source>
        <translation>Cooperativa sociale (type A ou B non précisé)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="415"/>
        <source>SCOP (SA, SARL or SAS not given)</source>
        <translation>SCOP (forme SA, SARL ou SAS non précisée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="416"/>
        <source>SCIC (SA, SARL or SAS not given)</source>
        <translation>SCIC (forme SA, SARL ou SAS non précisée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="455"/>
        <source>Company in crisis</source>
        <translation>Entreprise en difficulté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="456"/>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="457"/>
        <source>Bankruptcy</source>
        <translation>Faillite</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="458"/>
        <source>Owner without successor</source>
        <translation>Dirigeant sans successeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="459"/>
        <source>Restructuring</source>
        <translation>Restructuration</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="463"/>
        <source>Promoter</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="464"/>
        <source>Worker-member</source>
        <translation>Associé salarié</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="465"/>
        <source>Financing member</source>
        <translation>Associé financeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="466"/>
        <source>Mentor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="470"/>
        <location filename="../../deskapp/models/enums.py" line="596"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="471"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="474"/>
        <source>Consultancy</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="476"/>
        <source>Referral</source>
        <translation>Orientation vers un autre service</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="480"/>
        <source>CFI (Cooperazione Finanza Impresa)</source>
        <translation>CFI (Cooperazione Finanza Impresa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="481"/>
        <source>Nuova Marcora</source>
        <translation>Nuova Marcora</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="482"/>
        <source>Coopfond</source>
        <translation>Coopfond</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="483"/>
        <source>Regional fund</source>
        <translation>Fonds régional</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="484"/>
        <source>Microcredit</source>
        <translation>Microcrédit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="485"/>
        <source>Bank loan</source>
        <translation>Prêt bancaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="486"/>
        <source>NASpI advance</source>
        <translation>Avance NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="487"/>
        <source>Crowdfunding</source>
        <translation>Financement participatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="488"/>
        <location filename="../../deskapp/models/enums.py" line="530"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="489"/>
        <source>NACRE</source>
        <translation>NACRE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="496"/>
        <source>Honour loan (0%, to the founders)</source>
        <translation>Prêt d&apos;honneur (taux zéro, aux créateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="497"/>
        <source>Loan guarantee</source>
        <translation>Garantie de prêt</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="498"/>
        <source>Participatory loan</source>
        <translation>Prêt participatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="499"/>
        <source>Quasi-equity investment</source>
        <translation>Investissement en quasi-fonds propres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="500"/>
        <source>ARCE (unemployment rights as capital)</source>
        <translation>ARCE (droits au chômage versés en capital)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="529"/>
        <source>CFI equity</source>
        <translation>Participation CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="531"/>
        <source>Other capital</source>
        <translation>Autres fonds propres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="536"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="537"/>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="538"/>
        <source>Approved</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="539"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="540"/>
        <source>Disbursed</source>
        <translation>Versée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="544"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="545"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="546"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="547"/>
        <source>Stage changed</source>
        <translation>Étape changée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="548"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="549"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="550"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="551"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="552"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="559"/>
        <source>Firm</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="560"/>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="561"/>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="562"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="563"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="564"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="576"/>
        <source>Micro (fewer than 10)</source>
        <translation>Micro (moins de 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="577"/>
        <source>Small (10 to 49)</source>
        <translation>Petite (de 10 à 49)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="578"/>
        <source>Medium (50 to 249)</source>
        <translation>Moyenne (de 50 à 249)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="579"/>
        <source>Large (250 or more)</source>
        <translation>Grande (250 ou plus)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="585"/>
        <source>Member of</source>
        <translation>Membre de</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="586"/>
        <source>Supplier of</source>
        <translation>Fournisseur de</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="587"/>
        <source>Customer of</source>
        <translation>Client de</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="588"/>
        <source>Partner abroad of</source>
        <translation>Partenaire à l&apos;étranger de</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="594"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="595"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="597"/>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="598"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../deskapp/cli/login.py" line="29"/>
        <source>This database has no desk and no operator yet: set it up with &apos;deskapp init&apos; (or fill a test database with &apos;deskapp demo&apos;).</source>
        <translation>Cette base de données n&apos;a encore ni antenne ni conseiller&#xa0;: configurez-la avec «&#xa0;deskapp init&#xa0;» (ou remplissez une base de test avec «&#xa0;deskapp demo&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="37"/>
        <source>Say who is acting: --operator NAME or DESKAPP_OPERATOR.</source>
        <translation>Indiquez qui agit&#xa0;: --operator NOM ou DESKAPP_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="43"/>
        <source>Give the password of the acting operator in DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Donnez le mot de passe du conseiller qui agit dans DESKAPP_PASSWORD, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="73"/>
        <source>{path} is encrypted: give its key in DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>{path} est chiffré&#xa0;: donnez sa clé dans DESKAPP_KEY, ou lancez la commande dans un terminal pour la taper.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="95"/>
        <source>Choose the database key: set DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>Choisissez la clé de la base&#xa0;: définissez DESKAPP_KEY, ou lancez la commande dans un terminal pour la taper.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="111"/>
        <source>The two keys differ; nothing was written.</source>
        <translation>Les deux clés diffèrent&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="123"/>
        <source>Choose the administrator&apos;s password: set DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Choisissez le mot de passe de l&apos;administrateur&#xa0;: définissez DESKAPP_PASSWORD, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="138"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="154"/>
        <source>The database server asks for a password: give it in PGPASSWORD or ~/.pgpass, or run the command in a terminal to type it.</source>
        <translation>Le serveur de la base de données demande un mot de passe&#xa0;: indiquez-le dans PGPASSWORD ou dans ~/.pgpass, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="243"/>
        <source>Write the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Indiquez la période sous la forme --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="248"/>
        <location filename="../../deskapp/cli/commands.py" line="306"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="570"/>
        <source>No desk is called &apos;{name}&apos;.</source>
        <translation>Aucune antenne ne s&apos;appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="357"/>
        <source>Project {project} has no plan version &apos;{name}&apos;. Versions: {names}</source>
        <translation>Le projet {project} n&apos;a pas de version du plan «&#xa0;{name}&#xa0;». Versions&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="392"/>
        <source>Anonymising cannot be undone: add --yes to confirm (person {id}).</source>
        <translation>L&apos;anonymisation est irréversible&#xa0;: ajoutez --yes pour confirmer (personne {id}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="491"/>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit doit être compris entre 1 et 500.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="493"/>
        <source>--min-size must be a surface in square metres.</source>
        <translation>--min-size doit être une surface en mètres carrés.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="63"/>
        <source>{path} holds accounts but cannot be used to log in (it may be damaged further in): move it aside by hand, then restore again. Nothing was changed.</source>
        <translation>{path} contient des comptes mais ne permet pas de se connecter (il est peut-être endommagé plus loin)&#xa0;: déplacez-le à la main, puis restaurez de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="113"/>
        <source>&apos;db grant&apos; gives a role its rights on a PostgreSQL server; a database file has no roles: who may change it is set by the file&apos;s own permissions.</source>
        <translation>«&#xa0;db grant&#xa0;» donne à un rôle ses droits sur un serveur PostgreSQL&#xa0;; un fichier de base de données n&apos;a pas de rôles&#xa0;: qui peut le modifier dépend des permissions du fichier lui-même.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="202"/>
        <source>&apos;db {command}&apos; works on a database file. On a PostgreSQL server, backups, restores and encryption at rest are the server&apos;s job (pg_dump, base backups, the disk&apos;s encryption).</source>
        <translation>«&#xa0;db {command}&#xa0;» travaille sur un fichier de base de données. Sur un serveur PostgreSQL, les sauvegardes, les restaurations et le chiffrement des données sont l&apos;affaire du serveur (pg_dump, sauvegardes de base, chiffrement du disque).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="273"/>
        <source>Checking {path} failed: {reason}</source>
        <translation>La vérification de {path} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="305"/>
        <source>{path} cannot be read as a database ({reason}): it is damaged. Restore the last good backup with &apos;deskapp db restore BACKUP --yes&apos;.</source>
        <translation>{path} ne peut pas être lu comme une base de données ({reason})&#xa0;: il est endommagé. Restaurez la dernière bonne sauvegarde avec «&#xa0;deskapp db restore SAUVEGARDE --yes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="328"/>
        <source>{file} is intact (schema {revision}). Restoring replaces {path}: close deskapp everywhere it is open, then add --yes.</source>
        <translation>{file} est intact (schéma {revision}). La restauration remplace {path}&#xa0;: fermez deskapp partout où il est ouvert, puis ajoutez --yes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="389"/>
        <source>{path} is encrypted already.</source>
        <translation>{path} est déjà chiffré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="458"/>
        <source>Restoring loads the archive into the database at the address given: add --yes to confirm.</source>
        <translation>La restauration charge l&apos;archive dans la base de données à l&apos;adresse indiquée&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="479"/>
        <source>{path} is not empty ({count} tables): an archive is restored into a new, empty database (createdb), never over a registry. Nothing was changed.</source>
        <translation>{path} n&apos;est pas vide ({count} tables)&#xa0;: une archive se restaure dans une base de données nouvelle et vide (createdb), jamais par-dessus un registre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="94"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="107"/>
        <source>{path} exists already: &apos;deskapp db encrypt&apos; encrypts a database that holds data.</source>
        <translation>{path} existe déjà&#xa0;: &apos;deskapp db encrypt&apos; chiffre une base qui contient des données.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="45"/>
        <location filename="../../deskapp/cli/main.py" line="153"/>
        <source>--encrypt encrypts a database file. On a server, encryption at rest and TLS (sslmode=require in the address) are the server&apos;s job.</source>
        <translation>--encrypt chiffre un fichier de base de données. Sur un serveur, le chiffrement des données et TLS (sslmode=require dans l&apos;adresse) sont l&apos;affaire du serveur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="67"/>
        <source>The copy to {target} failed: {reason}. Nothing was written.</source>
        <translation>La copie vers {target} a échoué&#xa0;: {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="85"/>
        <source>--to is empty: give a server&apos;s address or a file&apos;s path.</source>
        <translation>--to est vide&#xa0;: indiquez l&apos;adresse d&apos;un serveur ou le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="93"/>
        <location filename="../../deskapp/cli/main.py" line="177"/>
        <source>The database address holds a password: leave it out (a command line is seen by others and kept in histories), and give it in PGPASSWORD or in ~/.pgpass instead.</source>
        <translation>L&apos;adresse de la base contient un mot de passe&#xa0;: retirez-le (une ligne de commande est visible par d&apos;autres et reste dans l&apos;historique) et donnez-le plutôt dans PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="102"/>
        <source>&apos;{scheme}://...&apos; is not a database deskapp can copy to: give a PostgreSQL server&apos;s address (postgresql://user@host:port/dbname) or a new file&apos;s path with --to.</source>
        <translation>«&#xa0;{scheme}://...&#xa0;» n&apos;est pas une base où deskapp peut copier&#xa0;: indiquez avec --to l&apos;adresse d&apos;un serveur PostgreSQL (postgresql://utilisateur@hôte:port/nombase) ou le chemin d&apos;un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="115"/>
        <source>&apos;db copy&apos; copies a file to a PostgreSQL server, or a server to a file. To copy a file to another file, use &apos;deskapp db backup -o FILE&apos;.</source>
        <translation>«&#xa0;db copy&#xa0;» copie un fichier vers un serveur PostgreSQL, ou un serveur vers un fichier. Pour copier un fichier dans un autre fichier, utilisez «&#xa0;deskapp db backup -o FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="122"/>
        <source>&apos;db copy&apos; copies a file to a PostgreSQL server, or a server to a file. From one server to another, copying is the servers&apos; job (pg_dump and pg_restore).</source>
        <translation>«&#xa0;db copy&#xa0;» copie un fichier vers un serveur PostgreSQL, ou un serveur vers un fichier. D&apos;un serveur à un autre, la copie est l&apos;affaire des serveurs (pg_dump et pg_restore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="185"/>
        <source>&apos;{scheme}://...&apos; is not a database deskapp can open: give a file&apos;s path, or a PostgreSQL server&apos;s address (postgresql://user@host:port/dbname), with --db or DESKAPP_DB.</source>
        <translation>«&#xa0;{scheme}://...&#xa0;» n&apos;est pas une base que deskapp sait ouvrir&#xa0;: donnez le chemin d&apos;un fichier, ou l&apos;adresse d&apos;un serveur PostgreSQL (postgresql://utilisateur@hôte:port/nombase), avec --db ou DESKAPP_DB.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="120"/>
        <source>This record was changed by someone else after you opened it (version {current}, yours {expected}). Reload it to see their changes; nothing was saved.</source>
        <translation>Cette fiche a été modifiée par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouverte (version {current}, la vôtre {expected}). Rechargez-la pour voir ses modifications&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="174"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="175"/>
        <source>record {record} (line {line})</source>
        <translation>enregistrement {record} (ligne {line})</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="176"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="219"/>
        <source>1 of {rows} rows has errors; nothing was imported.</source>
        <translation>1 ligne sur {rows} comporte des erreurs&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="220"/>
        <source>{count} of {rows} rows have errors; nothing was imported.</source>
        <translation>{count} lignes sur {rows} comportent des erreurs&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="231"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="56"/>
        <location filename="../../deskapp/models/fields.py" line="192"/>
        <location filename="../../deskapp/models/fields.py" line="193"/>
        <source>is not a valid date; write it as DD/MM/YYYY</source>
        <translation>n&apos;est pas une date valide&#xa0;; écrivez-la sous la forme JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="81"/>
        <location filename="../../deskapp/models/fields.py" line="185"/>
        <source>is not an amount of money; write it like 1234,50</source>
        <translation>n&apos;est pas un montant&#xa0;; écrivez-le comme 1234,50</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="103"/>
        <source>contains an invisible control character</source>
        <translation>contient un caractère de contrôle invisible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="104"/>
        <source>must be on one line, without line breaks or tabs</source>
        <translation>doit tenir sur une ligne, sans retour à la ligne ni tabulation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="178"/>
        <location filename="../../deskapp/models/fields.py" line="179"/>
        <location filename="../../deskapp/models/network_schemas.py" line="78"/>
        <location filename="../../deskapp/services/business_plans.py" line="167"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="180"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation>est trop long ({max_length} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="181"/>
        <location filename="../../deskapp/models/fields.py" line="182"/>
        <location filename="../../deskapp/models/fields.py" line="183"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="184"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="188"/>
        <source>must be at least {ge}</source>
        <translation>doit valoir au moins {ge}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="189"/>
        <source>must be more than {gt}</source>
        <translation>doit être supérieur à {gt}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="190"/>
        <source>must be at most {le}</source>
        <translation>doit valoir au plus {le}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="191"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="28"/>
        <location filename="../../deskapp/models/schemas.py" line="554"/>
        <location filename="../../deskapp/models/schemas.py" line="577"/>
        <source>has more than two decimals</source>
        <translation>a plus de deux décimales</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="194"/>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="195"/>
        <source>&apos;{input}&apos; is not one of: {expected}</source>
        <translation>«&#xa0;{input}&#xa0;» ne fait pas partie des valeurs admises&#xa0;: {expected}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="196"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="198"/>
        <source>is not valid</source>
        <translation>n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="131"/>
        <source>must be 16 characters long (it has {length})</source>
        <translation>doit compter 16 caractères (il en a {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="137"/>
        <source>is not written like a codice fiscale (6 letters, 2 digits, a letter, 2 digits, a letter, 3 digits, a letter)</source>
        <translation>n&apos;a pas la forme d&apos;un codice fiscale (6 lettres, 2 chiffres, une lettre, 2 chiffres, une lettre, 3 chiffres, une lettre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="146"/>
        <source>has a wrong check character: check for a mistyped letter or digit</source>
        <translation>a un caractère de contrôle erroné&#xa0;: vérifiez qu&apos;aucune lettre ni aucun chiffre n&apos;a été mal tapé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="165"/>
        <source>contains an impossible birth date</source>
        <translation>contient une date de naissance impossible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="173"/>
        <source>has a birthplace code ({code}) that matches no municipality or country</source>
        <translation>a un code de lieu de naissance ({code}) qui ne correspond à aucune commune ni aucun pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="273"/>
        <source>does not match the birth date entered: its 2nd and 3rd digits give a birth year ending in {year}</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 2e et 3e chiffres donnent une année de naissance se terminant par {year}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="278"/>
        <source>does not match the birth date entered: its 4th and 5th digits give {month} as the month of birth</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 4e et 5e chiffres donnent {month} comme mois de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="295"/>
        <source>lacks its key: write the 2 digits that follow the 13 others</source>
        <translation>la clé manque&#xa0;: écrivez les 2 chiffres qui suivent les 13 autres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="301"/>
        <source>must be 15 digits: 13 and the 2-digit key (it has {length})</source>
        <translation>doit compter 15 chiffres&#xa0;: 13 et la clé de 2 chiffres (il en a {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="310"/>
        <source>has a wrong key (its last 2 digits): check for a mistyped digit</source>
        <translation>a une clé erronée (ses 2 derniers chiffres)&#xa0;: vérifiez qu&apos;aucun chiffre n&apos;a été mal saisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="316"/>
        <source>is not written like a NIR: digits only, but for 2A or 2B (Corsica) as the 6th and 7th characters</source>
        <translation>n&apos;est pas écrit comme un NIR&#xa0;: uniquement des chiffres, sauf 2A ou 2B (Corse) en 6e et 7e position</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="337"/>
        <source>has an impossible birth month ({month}) as its 4th and 5th digits</source>
        <translation>a un mois de naissance impossible ({month}) en 4e et 5e chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="346"/>
        <source>has a department of birth that does not exist ({department}) from its 6th character: departments are 01 to 95 (2A or 2B in Corsica), 971 to 978 or 984 to 989 overseas, and 99 for born abroad</source>
        <translation>indique un département de naissance qui n&apos;existe pas ({department}) à partir de son 6e caractère&#xa0;: les départements vont de 01 à 95 (2A ou 2B en Corse), de 971 à 978 ou de 984 à 989 outre-mer, et 99 pour les personnes nées à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="467"/>
        <source>is not a valid partita IVA: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas une partita IVA valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="470"/>
        <source>is not a valid partita IVA: it must be 11 digits, with or without IT</source>
        <translation>n&apos;est pas une partita IVA valide&#xa0;: elle compte 11 chiffres, avec ou sans IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="475"/>
        <source>is not a valid SIREN: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas un SIREN valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="478"/>
        <source>is not a valid SIREN: it must be 9 digits</source>
        <translation>n&apos;est pas un SIREN valide&#xa0;: il compte 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="481"/>
        <source>is not a valid SIRET: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas un SIRET valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="484"/>
        <source>is not a valid SIRET: it must be 14 digits</source>
        <translation>n&apos;est pas un SIRET valide&#xa0;: il compte 14 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="487"/>
        <source>is not a valid French VAT number: its key does not match the SIREN (check for a mistyped digit)</source>
        <translation>n&apos;est pas un numéro de TVA français valide&#xa0;: sa clé ne correspond pas au SIREN (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="492"/>
        <source>is not a valid French VAT number: FR, a 2-character key and the 9-digit SIREN</source>
        <translation>n&apos;est pas un numéro de TVA français valide&#xa0;: FR, une clé de 2 caractères et le SIREN à 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="498"/>
        <source>is not a company number: write a partita IVA (11 digits, with or without IT), a SIREN (9 digits), a SIRET (14 digits) or a French VAT number (FR and 11 characters)</source>
        <translation>n&apos;est pas un numéro d&apos;entreprise&#xa0;: saisissez une partita IVA (11 chiffres, avec ou sans IT), un SIREN (9 chiffres), un SIRET (14 chiffres) ou un numéro de TVA français (FR et 11 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="575"/>
        <source>is not a partita IVA: an Italian enterprise has 11 digits, with or without IT</source>
        <translation>n&apos;est pas une partita IVA&#xa0;: une entreprise italienne a 11 chiffres, avec ou sans IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="578"/>
        <source>is not a SIREN or SIRET: a French enterprise has 9 or 14 digits</source>
        <translation>n&apos;est pas un SIREN ou un SIRET&#xa0;: une entreprise française a 9 ou 14 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="602"/>
        <source>is not an Italian postcode (CAP): 5 digits, e.g. 16121; for a postcode abroad, write its country first, e.g. FR-06500</source>
        <translation>n&apos;est pas un code postal italien (CAP)&#xa0;: 5 chiffres, p. ex. 16121&#xa0;; pour un code postal à l&apos;étranger, écrivez d&apos;abord le pays, p. ex. FR-06500</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="607"/>
        <source>is not a French postcode: 5 digits starting with the department, e.g. 13001; for a postcode abroad, write its country first, e.g. IT-16121</source>
        <translation>n&apos;est pas un code postal français&#xa0;: 5 chiffres commençant par le département, p. ex. 13001&#xa0;; pour un code postal à l&apos;étranger, écrivez d&apos;abord le pays, p. ex. IT-16121</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="613"/>
        <source>is not a postcode: 2A and 2B are Corsica&apos;s departments; its postcodes start with 20, e.g. 20000 Ajaccio, 20200 Bastia</source>
        <translation>n&apos;est pas un code postal&#xa0;: 2A et 2B sont les départements de la Corse&#xa0;; ses codes postaux commencent par 20, p. ex. 20000 Ajaccio, 20200 Bastia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="79"/>
        <source>The birthplace code {code} ({name}) was not in use on the birth date; check the codice fiscale against the person&apos;s document.</source>
        <translation>Le code de lieu de naissance {code} ({name}) n&apos;était pas en usage à la date de naissance&#xa0;; vérifiez le codice fiscale sur la pièce d&apos;identité de la personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="256"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a man</source>
        <translation>ne correspond pas au sexe indiqué&#xa0;: son premier chiffre, {digit}, désigne un homme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="259"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a woman</source>
        <translation>ne correspond pas au sexe indiqué&#xa0;: son premier chiffre, {digit}, désigne une femme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="263"/>
        <source>does not match the birth date entered: its 6th and 7th characters, {department}, are Corsica&apos;s from 1976; someone born there before 1976 has 20</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 6e et 7e caractères, {department}, désignent la Corse à partir de 1976&#xa0;; une personne qui y est née avant 1976 a 20</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="268"/>
        <source>does not match the birth date entered: its 6th and 7th characters, 20, are Corsica&apos;s before 1976; someone born there from 1976 has 2A or 2B</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 6e et 7e caractères, 20, désignent la Corse avant 1976&#xa0;; une personne qui y est née à partir de 1976 a 2A ou 2B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="325"/>
        <source>must start with 1 or 2 (a man or a woman), or 3, 4, 7 or 8 (a temporary number): its first digit is {digit}</source>
        <translation>doit commencer par 1 ou 2 (un homme ou une femme), ou par 3, 4, 7 ou 8 (un numéro provisoire)&#xa0;: son premier chiffre est {digit}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="410"/>
        <source>is not a phone number</source>
        <translation>n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="412"/>
        <source>is not a valid phone number (for a foreign number, start with + and the country code)</source>
        <translation>n&apos;est pas un numéro de téléphone valide (pour un numéro étranger, commencez par + et l&apos;indicatif du pays)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="447"/>
        <source>is not a valid e-mail address ({reason})</source>
        <translation>n&apos;est pas une adresse de courriel valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="103"/>
        <source>{path} was written by a newer version of deskapp (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de deskapp (schéma {revision}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="126"/>
        <source>{path} is not a deskapp database (it holds other tables). Choose another file.</source>
        <translation>{path} n&apos;est pas une base de données deskapp (il contient d&apos;autres tables). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="276"/>
        <source>{path} cannot be read as a database: {reason}</source>
        <translation>{path} ne peut pas être lu comme une base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="318"/>
        <source>{path} holds no deskapp database yet: create it with &apos;deskapp init&apos;.</source>
        <translation>{path} ne contient pas encore de base deskapp&#xa0;: créez-la avec «&#xa0;deskapp init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="353"/>
        <source>Cannot open the database at {path}: {reason}. Check the address, that the server is running, and the password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Impossible d&apos;ouvrir la base à {path}&#xa0;: {reason}. Vérifiez l&apos;adresse, que le serveur est en marche et le mot de passe (PGPASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="48"/>
        <source>Unknown export format &apos;{format}&apos;: use csv or xlsx.</source>
        <translation>Format d&apos;export inconnu «&#xa0;{format}&#xa0;»&#xa0;: utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="60"/>
        <source>Unknown CSV separator &apos;{delimiter}&apos;: use ; or ,</source>
        <translation>Séparateur CSV inconnu «&#xa0;{delimiter}&#xa0;»&#xa0;: utilisez&#xa0;; ou ,</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="55"/>
        <source>No operator is called &apos;{name}&apos;.</source>
        <translation>Aucun conseiller ne s&apos;appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="60"/>
        <source>The operator &apos;{name}&apos; is no longer active.</source>
        <translation>Le conseiller «&#xa0;{name}&#xa0;» n&apos;est plus actif.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo/build.py" line="45"/>
        <source>This database is already set up (it has accounts): demo data is only written into a new, empty file, so its accounts with a known password never enter a real registry. Use a new file (--db).</source>
        <translation>Cette base de données est déjà configurée (elle a des comptes)&#xa0;: les données de démonstration ne s&apos;écrivent que dans un fichier nouveau et vide, pour que leurs comptes au mot de passe connu n&apos;entrent jamais dans un vrai registre. Utilisez un nouveau fichier (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo/build.py" line="54"/>
        <source>This database already holds people: demo data is only written into an empty registry, so real and invented people never mix. Use a new file (--db).</source>
        <translation>Cette base de données contient déjà des personnes&#xa0;: les données de démonstration ne s&apos;écrivent que dans un registre vide, pour que personnes réelles et inventées ne se mélangent jamais. Utilisez un nouveau fichier (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="81"/>
        <location filename="../../deskapp/services/network_files.py" line="88"/>
        <source>no desk is called &apos;{name}&apos;</source>
        <translation>aucune antenne ne s&apos;appelle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="82"/>
        <location filename="../../deskapp/services/network_files.py" line="91"/>
        <source>already used on line {line} of this file</source>
        <translation>déjà utilisé à la ligne {line} de ce fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="83"/>
        <source>already in the registry as person no. {id}</source>
        <translation>déjà dans le registre comme personne n° {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="84"/>
        <source>you may not add people to {name}</source>
        <translation>vous ne pouvez pas ajouter de personnes à {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="85"/>
        <source>The file {name} has column names but no rows of people below them.</source>
        <translation>Le fichier {name} a des noms de colonnes mais aucune ligne de personne en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="191"/>
        <source>While the file was being imported, someone registered a person with one of its codici fiscali or NIR numbers: nothing of the file was imported. Import it again: the rows concerned will be named.</source>
        <translation>Pendant l&apos;import du fichier, quelqu&apos;un a enregistré une personne avec l&apos;un de ses codici fiscali ou numéros NIR&#xa0;: rien du fichier n&apos;a été importé. Importez-le de nouveau&#xa0;: les lignes concernées seront indiquées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="237"/>
        <location filename="../../deskapp/services/network_files.py" line="210"/>
        <source>this column appears more than once in the first line</source>
        <translation>cette colonne figure plusieurs fois sur la première ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="242"/>
        <location filename="../../deskapp/services/network_files.py" line="216"/>
        <source>this column is missing from the file</source>
        <translation>cette colonne manque dans le fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="246"/>
        <location filename="../../deskapp/services/network_files.py" line="224"/>
        <source>unknown column; rename or remove it</source>
        <translation>colonne inconnue&#xa0;; renommez-la ou supprimez-la</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="191"/>
        <source>Only a database file can be backed up here. A database on a server is backed up by the server (its administrator&apos;s pg_dump or base backups).</source>
        <translation>Seul un fichier de base de données peut être sauvegardé ici. Une base sur un serveur est sauvegardée par le serveur (pg_dump ou sauvegardes de base de son administrateur).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="200"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>La sauvegarde ne peut pas écraser la base de données elle-même.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="220"/>
        <source>The disk filled up while the backup was written to {folder}: no part of it was kept there. Free some space (or choose another folder), then back up again.</source>
        <translation>Le disque s&apos;est rempli pendant l&apos;écriture de la sauvegarde dans {folder}&#xa0;: rien n&apos;en a été gardé. Libérez de l&apos;espace (ou choisissez un autre dossier), puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="255"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation>La copie de sauvegarde n&apos;a pas passé le contrôle d&apos;intégrité&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="53"/>
        <source>This database is already set up.</source>
        <translation>Cette base de données est déjà configurée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="58"/>
        <source>Only a coordinator can export registry tables.</source>
        <translation>Seul un coordinateur peut exporter les tables du registre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="59"/>
        <source>Only a coordinator can run this report.</source>
        <translation>Seul un coordinateur peut produire ce rapport.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="60"/>
        <source>Only a coordinator can import registry files.</source>
        <translation>Seul un coordinateur peut importer des fichiers du registre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="64"/>
        <source>Only an administrator can manage desks and operators.</source>
        <translation>Seul un administrateur peut gérer les antennes et les conseillers.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="68"/>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Seul un administrateur peut lire le journal des opérations.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="69"/>
        <source>Only an administrator can copy or restore the whole database (the automatic backups run for everyone).</source>
        <translation>Seul un administrateur peut copier ou restaurer toute la base (les sauvegardes automatiques se font pour tous).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="74"/>
        <source>Only a coordinator can change the programme&apos;s supply chains.</source>
        <translation>Seul un coordinateur peut modifier les filières du programme.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="97"/>
        <source>This record belongs to another desk: only its own operators (or an administrator) can change it.</source>
        <translation>Cette fiche appartient à une autre antenne&#xa0;: seuls ses conseillers (ou un administrateur) peuvent la modifier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="98"/>
        <source>another desk already has this name</source>
        <translation>une autre antenne porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="123"/>
        <source>another operator already has this name</source>
        <translation>un autre conseiller porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="141"/>
        <source>is needed: give the new colleague a first password in person</source>
        <translation>est nécessaire&#xa0;: remettez en personne un premier mot de passe au nouveau collègue</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="157"/>
        <source>no such desk</source>
        <translation>antenne inexistante</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="106"/>
        <source>already belongs to {name} (person no. {id}): open that record</source>
        <translation>appartient déjà à {name} (personne n° {id})&#xa0;: ouvrez cette fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="131"/>
        <source>Possible duplicate: person no. {id} has the same name and birth date.</source>
        <translation>Doublon possible&#xa0;: la personne n° {id} a les mêmes nom et date de naissance.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="205"/>
        <source>This person was anonymised on {date}: the record is closed.</source>
        <translation>Cette personne a été anonymisée le {date}&#xa0;: la fiche est close.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="326"/>
        <source>No person is registered as &apos;{reference}&apos;.</source>
        <translation>Aucune personne n&apos;est enregistrée sous «&#xa0;{reference}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/projects.py" line="172"/>
        <source>is already a member of this project in this role</source>
        <translation>est déjà associé de ce projet avec ce rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="64"/>
        <source>Add at least one person to the project (the promoter).</source>
        <translation>Ajoutez au moins une personne au projet (le porteur de projet).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="69"/>
        <source>Give the sector of activity (its ATECO, NAF or NACE code).</source>
        <translation>Indiquez le secteur d&apos;activité (son code NAF, ATECO ou NACE).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="74"/>
        <source>Name the origin company (needed for a workers buyout or a spin-off).</source>
        <translation>Indiquez l&apos;entreprise d&apos;origine (nécessaire pour une reprise par les salariés ou un essaimage).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="81"/>
        <source>Give the number of jobs the enterprise expects to create.</source>
        <translation>Indiquez le nombre d&apos;emplois que l&apos;entreprise prévoit de créer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="86"/>
        <source>Record at least one funding application, even in preparation.</source>
        <translation>Enregistrez au moins une demande de financement, même en préparation.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="91"/>
        <source>Choose the legal form of the new enterprise.</source>
        <translation>Choisissez la forme juridique de la nouvelle entreprise.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="96"/>
        <source>Add at least one member to the project.</source>
        <translation>Ajoutez au moins un associé au projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="101"/>
        <location filename="../../deskapp/services/stages.py" line="106"/>
        <source>Give the date the enterprise actually started.</source>
        <translation>Indiquez la date de démarrage effectif de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="139"/>
        <source>The project is already in this stage.</source>
        <translation>Le projet est déjà à cette étape.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="144"/>
        <source>Say why the project is abandoned.</source>
        <translation>Indiquez pourquoi le projet est abandonné.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="152"/>
        <source>Say why the project is reopened.</source>
        <translation>Indiquez pourquoi le projet est rouvert.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="158"/>
        <source>The project cannot be reopened at this stage yet.</source>
        <translation>Le projet ne peut pas encore être rouvert à cette étape.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="166"/>
        <source>Say why the project goes back to an earlier stage.</source>
        <translation>Indiquez pourquoi le projet revient à une étape antérieure.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="173"/>
        <source>The project cannot move to this stage yet.</source>
        <translation>Le projet ne peut pas encore passer à cette étape.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="92"/>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="93"/>
        <source>The file {name} is larger than {limit} MB: split it into smaller files.</source>
        <translation>Le fichier {name} dépasse {limit} Mo&#xa0;: découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="96"/>
        <source>The file {name} is not a text file in UTF-8 or Windows-1252: save the table as CSV UTF-8 or as an Excel workbook (.xlsx).</source>
        <translation>Le fichier {name} n&apos;est pas un fichier texte en UTF-8 ou Windows-1252&#xa0;: enregistrez le tableau en CSV UTF-8 ou en classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="101"/>
        <source>The file {name} is not an Excel workbook (.xlsx), or it is damaged: open it in its program and save it again as .xlsx or CSV UTF-8.</source>
        <translation>Le fichier {name} n&apos;est pas un classeur Excel (.xlsx), ou il est endommagé&#xa0;: ouvrez-le dans son programme et enregistrez-le à nouveau en .xlsx ou en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="111"/>
        <source>The file {name} is a PDF document, not a spreadsheet: export the table as .xlsx or CSV from the program that made it.</source>
        <translation>Le fichier {name} est un document PDF, pas un tableur&#xa0;: exportez le tableau en .xlsx ou en CSV depuis le programme qui l&apos;a produit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="119"/>
        <source>The file {name} is an old Excel (.xls) or other Office file: save it as .xlsx or CSV UTF-8.</source>
        <translation>Le fichier {name} est un ancien fichier Excel (.xls) ou un autre fichier Office&#xa0;: enregistrez-le en .xlsx ou en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="128"/>
        <source>The file {name} is UTF-16 text (Excel&apos;s &apos;Unicode text&apos;): save it as CSV UTF-8 instead.</source>
        <translation>Le fichier {name} est du texte UTF-16 («&#xa0;Texte Unicode&#xa0;» d&apos;Excel)&#xa0;: enregistrez-le plutôt en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="138"/>
        <source>The file {name} is a zip archive (perhaps an Excel workbook), not CSV text: a workbook must end in .xlsx.</source>
        <translation>Le fichier {name} est une archive zip (peut-être un classeur Excel), pas du texte CSV&#xa0;: un classeur doit se terminer par .xlsx.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="302"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="330"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="307"/>
        <source>Only .csv and .xlsx files can be imported, not {suffix}.</source>
        <translation>Seuls les fichiers .csv et .xlsx peuvent être importés, pas {suffix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="125"/>
        <source>name either an organisation or a project</source>
        <translation>indiquez une organisation ou un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="134"/>
        <source>a supplier or customer is one of a project</source>
        <translation>un fournisseur ou un client l&apos;est d&apos;un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="139"/>
        <source>is a member of an organisation, not of a project</source>
        <translation>on est membre d&apos;une organisation, pas d&apos;un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="158"/>
        <source>cannot be more than the posts</source>
        <translation>ne peut pas dépasser le nombre de postes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="174"/>
        <source>is more than ten years after the start</source>
        <translation>tombe plus de dix ans après le début</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="197"/>
        <location filename="../../deskapp/models/schemas.py" line="174"/>
        <location filename="../../deskapp/models/schemas.py" line="286"/>
        <location filename="../../deskapp/models/schemas.py" line="295"/>
        <location filename="../../deskapp/models/schemas.py" line="362"/>
        <location filename="../../deskapp/models/schemas.py" line="514"/>
        <location filename="../../deskapp/services/checklists.py" line="212"/>
        <location filename="../../deskapp/services/consents.py" line="33"/>
        <source>cannot be in the future</source>
        <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="204"/>
        <source>name either an opening or a project&apos;s role</source>
        <translation>indiquez une offre d&apos;emploi ou un rôle de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="223"/>
        <source>use up to 40 letters, digits and underscores, e.g. nautical</source>
        <translation>utilisez jusqu&apos;à 40 lettres, chiffres et tirets bas, par ex. nautical</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="238"/>
        <source>{code} is not a NACE code (e.g. 30.1 or 55)</source>
        <translation>{code} n&apos;est pas un code NACE (par ex. 30.1 ou 55)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="181"/>
        <location filename="../../deskapp/services/consents.py" line="31"/>
        <source>is before the date the consent was given</source>
        <translation>est antérieure à la date du consentement</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="35"/>
        <location filename="../../deskapp/models/schemas.py" line="275"/>
        <source>must be a two-letter country code, e.g. IT</source>
        <translation>doit être un code pays de deux lettres, par ex. FR</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="288"/>
        <source>is more than 110 years ago</source>
        <translation>remonte à plus de 110 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="315"/>
        <source>does not match the sex entered (the code is for {sex})</source>
        <translation>ne correspond pas au sexe indiqué (le code correspond à&#xa0;: {sex})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="325"/>
        <source>does not match the birth date entered (the code says {date})</source>
        <translation>ne correspond pas à la date de naissance indiquée (le code indique {date})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="346"/>
        <location filename="../../deskapp/models/schemas.py" line="350"/>
        <source>is required (or give the codice fiscale)</source>
        <translation>est obligatoire (ou indiquez le codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="367"/>
        <source>is not after the birth date</source>
        <translation>n&apos;est pas postérieure à la date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="383"/>
        <source>record the legal basis and the privacy notice version before saving</source>
        <translation>enregistrez la base légale et la version de la notice d&apos;information avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="558"/>
        <source>cannot be more than the capital pledged</source>
        <translation>ne peut pas dépasser le capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="563"/>
        <source>TFR and NASpI parts together exceed the capital pledged</source>
        <translation>les parts TFR et NASpI ensemble dépassent le capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="583"/>
        <source>an ARCE part needs ARCE as the use of the unemployment rights (ARCE and ARE kept monthly are alternatives)</source>
        <translation>une part ARCE demande l&apos;ARCE comme usage des droits au chômage (ARCE et maintien de l&apos;ARE sont exclusifs l&apos;un de l&apos;autre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="592"/>
        <source>is recorded only when the member keeps ARE monthly (ARCE and ARE kept monthly are alternatives)</source>
        <translation>ne s&apos;indique que si l&apos;associé garde l&apos;ARE chaque mois (ARCE et maintien de l&apos;ARE sont exclusifs l&apos;un de l&apos;autre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="601"/>
        <source>with the other parts, it exceeds the capital pledged</source>
        <translation>avec les autres parts, elle dépasse le capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="621"/>
        <source>choose a person or a project</source>
        <translation>choisissez une personne ou un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="625"/>
        <source>cannot be before the activity itself</source>
        <translation>ne peut pas précéder l&apos;activité elle-même</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="656"/>
        <source>cannot be more than the amount granted</source>
        <translation>ne peut pas dépasser le montant accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="661"/>
        <source>cannot be before the submission</source>
        <translation>ne peut pas précéder le dépôt</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="193"/>
        <source>is not a step of any stage</source>
        <translation>n&apos;est une tâche d&apos;aucune étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="511"/>
        <source>Unknown report format &apos;{format}&apos;: use pdf, xlsx or csv.</source>
        <translation>Format de rapport inconnu «&#xa0;{format}&#xa0;»&#xa0;: utilisez pdf, xlsx ou csv.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="342"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="161"/>
        <source>plan year {year} is after the plan&apos;s last year</source>
        <translation>l&apos;année {year} du plan est après la dernière année du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="81"/>
        <source>The NASpI advance is already part of the members&apos; capital: record it as the member&apos;s part from NASpI advance (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;avance NASpI fait déjà partie du capital des associés&#xa0;: saisissez-la comme part de l&apos;associé «&#xa0;dont avance NASpI&#xa0;» (Rôle et capital, dans l&apos;onglet Associés et capital du projet).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="87"/>
        <source>The ARCE is already part of the members&apos; capital: record it as the member&apos;s part from ARCE (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;ARCE fait déjà partie du capital des associés&#xa0;: saisissez-la comme part de l&apos;associé «&#xa0;dont ARCE&#xa0;» (Rôle et capital, dans l&apos;onglet Associés et capital du projet).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="169"/>
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="179"/>
        <source>Save the plan before freezing a version of it.</source>
        <translation>Enregistrez le plan avant d&apos;en figer une version.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="191"/>
        <source>another version already has this name</source>
        <translation>une autre version porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="335"/>
        <source>Only an approved or disbursed application can fund the plan.</source>
        <translation>Seule une demande accordée ou versée peut financer le plan.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="351"/>
        <source>A guarantee brings no money to the plan: add the loan it guarantees.</source>
        <translation>Une garantie n&apos;apporte pas d&apos;argent au plan&#xa0;: ajoutez le prêt qu&apos;elle garantit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="61"/>
        <source>Only a coordinator can change the funding catalogue.</source>
        <translation>Seul un coordinateur peut modifier le catalogue des financements.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/funding_catalogue.py" line="127"/>
        <source>another instrument of the catalogue has this name</source>
        <translation>un autre instrument du catalogue porte ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="67"/>
        <source>Only an administrator can anonymise a person.</source>
        <translation>Seul un administrateur peut anonymiser une personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/gdpr.py" line="138"/>
        <source>Person {id} was already anonymised on {date}.</source>
        <translation>La personne {id} a déjà été anonymisée le {date}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="149"/>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="254"/>
        <source>{path} is encrypted and the backup {backup} is not: give the database&apos;s key (DESKAPP_KEY, or typed when asked), so that the restored copy is encrypted with it too.</source>
        <translation>{path} est chiffré et la sauvegarde {backup} ne l&apos;est pas&#xa0;: donnez la clé de la base (DESKAPP_KEY, ou tapée quand elle est demandée), pour que la copie restaurée soit chiffrée avec elle aussi.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="267"/>
        <source>The key does not open {path} (a wrong key, or the file is damaged) and the backup {backup} is not encrypted: it is not put back unencrypted over an encrypted database. Give the key that opens {path}; if the file is damaged beyond opening, move it elsewhere, restore the backup, then encrypt it with &apos;deskapp db encrypt&apos;. Nothing was changed.</source>
        <translation>La clé n&apos;ouvre pas {path} (clé erronée, ou fichier endommagé) et la sauvegarde {backup} n&apos;est pas chiffrée&#xa0;: elle n&apos;est pas remise en clair à la place d&apos;une base chiffrée. Donnez la clé qui ouvre {path}&#xa0;; si le fichier est trop endommagé pour s&apos;ouvrir, déplacez-le ailleurs, restaurez la sauvegarde, puis chiffrez-la avec «&#xa0;deskapp db encrypt&#xa0;». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="156"/>
        <location filename="../../deskapp/cli/db_commands.py" line="392"/>
        <location filename="../../deskapp/services/backups.py" line="154"/>
        <source>{path} is not a deskapp database.</source>
        <translation>{path} n&apos;est pas une base de données deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="165"/>
        <source>{path} is damaged ({result}): choose another backup.</source>
        <translation>{path} est endommagé ({result})&#xa0;: choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/disk_space.py" line="31"/>
        <source>Not enough free disk space in {folder}: {free} MB free, about {needed} MB needed. Free some space (or choose another folder) and try again.</source>
        <translation>Pas assez d&apos;espace disque libre dans {folder}&#xa0;: {free} Mo libres, environ {needed} Mo nécessaires. Libérez de l&apos;espace (ou choisissez un autre dossier) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="57"/>
        <source>must be at least 8 characters long</source>
        <translation>doit compter au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="60"/>
        <source>is one of the most common passwords: choose another</source>
        <translation>est l&apos;un des mots de passe les plus courants&#xa0;: choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="62"/>
        <source>must not be your name</source>
        <translation>ne doit pas être votre nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="74"/>
        <source>Only an administrator can set another operator&apos;s password.</source>
        <translation>Seul un administrateur peut définir le mot de passe d&apos;un autre conseiller.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="126"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Conseiller inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="150"/>
        <source>This account has no password yet: start deskapp and choose one at the first login, then use the command line.</source>
        <translation>Ce compte n&apos;a pas encore de mot de passe&#xa0;: lancez deskapp et choisissez-en un à la première connexion, puis utilisez la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="140"/>
        <source>Too many wrong passwords: this account is locked until {time}. An administrator can unlock it (Administration, Accounts, Unlock).</source>
        <translation>Trop de mots de passe erronés&#xa0;: ce compte est bloqué jusqu&apos;à {time}. Un administrateur peut le débloquer (Administration, Comptes, Débloquer).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="148"/>
        <source>The database is busy: another program has been writing to it for more than {seconds} seconds. Nothing was saved; try again in a moment, and if it goes on, close the other deskapp or the program using the file.</source>
        <translation>La base est occupée&#xa0;: un autre programme y écrit depuis plus de {seconds} secondes. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant et, si cela continue, fermez l&apos;autre deskapp ou le programme qui utilise le fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="158"/>
        <source>The disk is full: nothing of this save was written, and what was saved before is intact. Free some space on the disk, then save again.</source>
        <translation>Le disque est plein&#xa0;: rien de cet enregistrement n&apos;a été écrit, et ce qui était enregistré avant est intact. Libérez de l&apos;espace, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="112"/>
        <source>{path} is encrypted: give its key (DESKAPP_KEY, or typed when asked).</source>
        <translation>{path} est chiffré&#xa0;: donnez sa clé (DESKAPP_KEY, ou tapée quand elle est demandée).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="122"/>
        <source>The key does not open {path}: check it and type it again (upper and lower case count). Without the right key the data cannot be read.</source>
        <translation>La clé n&apos;ouvre pas {path}&#xa0;: vérifiez-la et tapez-la à nouveau (majuscules et minuscules comptent). Sans la bonne clé, les données sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="168"/>
        <source>{path} is open in another deskapp or program: close it there first (on every computer that uses it). Nothing was changed.</source>
        <translation>{path} est ouvert dans un autre deskapp ou programme&#xa0;: fermez-le d&apos;abord (sur chaque ordinateur qui l&apos;utilise). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="194"/>
        <source>The key must have at least 12 characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>La clé doit compter au moins 12 caractères&#xa0;: une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="112"/>
        <source>You cannot switch off your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="122"/>
        <source>{name} is the only active administrator: make someone else administrator first.</source>
        <translation>{name} est le seul administrateur actif&#xa0;: nommez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="173"/>
        <source>&apos;{code}&apos; is not a language deskapp speaks</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas une langue de deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="35"/>
        <source>No database at {path}: check the path (--db or DESKAPP_DB), or create a new database with &apos;deskapp init&apos;.</source>
        <translation>Pas de base de données à {path}&#xa0;: vérifiez le chemin (--db ou DESKAPP_DB), ou créez une nouvelle base avec «&#xa0;deskapp init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="44"/>
        <location filename="../../deskapp/cli/main.py" line="120"/>
        <location filename="../../deskapp/dbcopy/copy.py" line="200"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="49"/>
        <source>{path} is an empty file, not a deskapp database: restore a backup into it (&apos;deskapp db restore&apos;), or create a new database with &apos;deskapp init&apos;.</source>
        <translation>{path} est un fichier vide, pas une base deskapp&#xa0;: restaurez-y une sauvegarde («&#xa0;deskapp db restore&#xa0;»), ou créez une nouvelle base avec «&#xa0;deskapp init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/audit_anchor.py" line="95"/>
        <location filename="../../deskapp/models/audit_anchor.py" line="99"/>
        <source>This is not an audit-trail anchor deskapp can read.</source>
        <translation>Ce n&apos;est pas un repère du journal des opérations que deskapp sait lire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="104"/>
        <source>{path} is not a backup manifest deskapp can read.</source>
        <translation>{path} n&apos;est pas un manifeste de sauvegarde que deskapp sait lire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/fonts.py" line="65"/>
        <source>The DejaVu Sans fonts the documents are written in were not found ({name}): reinstall deskapp.</source>
        <translation>Les polices DejaVu Sans des documents sont introuvables ({name})&#xa0;: réinstallez deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sectors.py" line="42"/>
        <source>{code} is not a code of the ATECO, NAF or NACE lists (e.g. 25.62, 25.62.00 or 25.62A)</source>
        <translation>{code} n&apos;est pas un code des listes NAF, ATECO ou NACE (p. ex. 25.62, 25.62A ou 25.62.00)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="28"/>
        <source>No person with number {id} exists.</source>
        <translation>Aucune personne ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="29"/>
        <source>No project with number {id} exists.</source>
        <translation>Aucun projet ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="30"/>
        <source>No activity with number {id} exists.</source>
        <translation>Aucune activité ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="31"/>
        <source>No operator with number {id} exists.</source>
        <translation>Aucun conseiller ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="32"/>
        <source>No desk with number {id} exists.</source>
        <translation>Aucune antenne ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="33"/>
        <source>No skill with number {id} exists.</source>
        <translation>Aucune compétence ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="34"/>
        <source>No resource with number {id} exists.</source>
        <translation>Aucune ressource ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="35"/>
        <source>No project membership with number {id} exists.</source>
        <translation>Aucune participation à un projet ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="38"/>
        <source>No business plan version with number {id} exists.</source>
        <translation>Aucune version du plan d&apos;affaires ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="41"/>
        <source>No funding instrument with number {id} exists.</source>
        <translation>Aucun instrument de financement ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="48"/>
        <source>No record with number {id} exists.</source>
        <translation>Aucune fiche ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="163"/>
        <source>Unknown sync command.</source>
        <translation>Commande sync inconnue.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="236"/>
        <source>--fingerprint goes with --encrypt-to FILE (the sealing key&apos;s file).</source>
        <translation>--fingerprint va avec --encrypt-to FILE (le fichier de la clé de chiffrement).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="246"/>
        <source>The first time a sealing key is used, give its fingerprint too (--fingerprint XXXX, as the coordinator reads it out by phone): nothing was written.</source>
        <translation>La première fois qu&apos;une clé de chiffrement est utilisée, donnez aussi son empreinte (--fingerprint XXXX, telle que le coordinateur la lit au téléphone)&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="282"/>
        <source>{path} is too large to be a key file.</source>
        <translation>{path} est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="299"/>
        <source>No bundle files (*.deskbundle) in {folder}.</source>
        <translation>Aucun fichier de paquet (*.deskbundle) dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="356"/>
        <source>--new writes the programme key to -o FILE.</source>
        <translation>--new écrit la clé de programme dans -o FICHIER.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="372"/>
        <source>Give the programme key&apos;s FILE (at a desk), or --new -o FILE.</source>
        <translation>Donnez le FICHIER de la clé de programme (à l&apos;antenne), ou --new -o FICHIER.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="391"/>
        <source>Say which value to keep: --keep local or incoming.</source>
        <translation>Dites quelle valeur garder&#xa0;: --keep local ou incoming.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="204"/>
        <source>The folder {folder} does not exist: choose where the new file goes.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;: choisissez où placer le nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="211"/>
        <source>{path} exists and is not empty: the copy makes a new database file. Choose a new file name, or move that file aside. Nothing was written.</source>
        <translation>{path} existe et n&apos;est pas vide&#xa0;: la copie crée un nouveau fichier de base de données. Choisissez un nouveau nom de fichier, ou déplacez ce fichier ailleurs. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="293"/>
        <source>{path} holds tables deskapp does not make ({tables}): the copy would leave them behind. Move their data elsewhere and drop them, or copy the file with &apos;deskapp db backup&apos;. Nothing was written.</source>
        <translation>{path} contient des tables que deskapp ne crée pas ({tables})&#xa0;: la copie les laisserait de côté. Déplacez leurs données ailleurs et supprimez-les, ou copiez le fichier avec «&#xa0;deskapp db backup&#xa0;». Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="313"/>
        <source>The copy of {path} did not read every row (table, rows read/rows held: {tables}): it was stopped. Nothing was written; &apos;deskapp db check&apos; on the source may say why.</source>
        <translation>La copie de {path} n&apos;a pas lu toutes les lignes (table, lignes lues/lignes présentes&#xa0;: {tables})&#xa0;: elle a été arrêtée. Rien n&apos;a été écrit&#xa0;; «&#xa0;deskapp db check&#xa0;» sur la source peut dire pourquoi.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="336"/>
        <source>The disk of {target} filled during the copy: nothing of it was kept. Free some space, then copy again.</source>
        <translation>Le disque de {target} s&apos;est rempli pendant la copie&#xa0;: rien n&apos;en a été gardé. Libérez de l&apos;espace, puis copiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="347"/>
        <source>the connection to a database broke, or it stopped ({code})</source>
        <translation>la connexion à une base de données a été coupée, ou elle s&apos;est arrêtée ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="350"/>
        <source>a disk filled ({code})</source>
        <translation>un disque s&apos;est rempli ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="351"/>
        <source>the database&apos;s role lacks a right it needs ({code})</source>
        <translation>il manque au rôle de la base de données un droit nécessaire ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="352"/>
        <source>a row broke a rule of the database ({code})</source>
        <translation>une ligne a enfreint une règle de la base de données ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="353"/>
        <source>a value could not be read or written ({code})</source>
        <translation>une valeur n&apos;a pu être ni lue ni écrite ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="354"/>
        <source>the database could not do what was asked ({code}; its log says more)</source>
        <translation>la base de données n&apos;a pas pu faire ce qui était demandé ({code}&#xa0;; son journal en dit plus)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="495"/>
        <source>refers to a row that does not exist (the database&apos;s rule {name})</source>
        <translation>renvoie à une ligne qui n&apos;existe pas (la règle {name} de la base)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="498"/>
        <source>repeats a value that must be unique (the database&apos;s rule {name})</source>
        <translation>répète une valeur qui doit être unique (la règle {name} de la base)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="501"/>
        <source>breaks the database&apos;s rule {name}</source>
        <translation>enfreint la règle {name} de la base</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="502"/>
        <source>leaves empty a column that must be filled ({name})</source>
        <translation>laisse vide une colonne qui doit être remplie ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="503"/>
        <source>holds a text too long for its column</source>
        <translation>contient un texte trop long pour sa colonne</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="504"/>
        <source>was refused by the target database ({name})</source>
        <translation>a été refusée par la base de destination ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="520"/>
        <source>{path} is at schema {revision}, and this version of deskapp copies schema {head}: bring it up to date with &apos;deskapp db upgrade&apos; first. Nothing was written.</source>
        <translation>{path} est au schéma {revision}, et cette version de deskapp copie le schéma {head}&#xa0;: mettez-le d&apos;abord à jour avec «&#xa0;deskapp db upgrade&#xa0;». Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="540"/>
        <source>The audit trail of {path} does not agree with its anchor (below): &apos;deskapp db check&apos; says more. Nothing was written.</source>
        <translation>Le journal des opérations de {path} ne concorde pas avec son repère (ci-dessous)&#xa0;: «&#xa0;deskapp db check&#xa0;» en dit plus. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="571"/>
        <source>The register of erasures beside {path} lists people who are not anonymised in it (ids {ids}): erase them again (&apos;deskapp gdpr erase --person ID --yes&apos;), then copy. Nothing was written.</source>
        <translation>Le registre des effacements à côté de {path} liste des personnes qui n&apos;y sont pas anonymisées (identifiants {ids})&#xa0;: effacez-les de nouveau («&#xa0;deskapp gdpr erase --person ID --yes&#xa0;»), puis copiez. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="604"/>
        <source>The audit trail of {path} does not verify (below): &apos;deskapp db check&apos; says more. Nothing was written.</source>
        <translation>La chaîne du journal des opérations de {path} ne se vérifie pas (ci-dessous)&#xa0;: «&#xa0;deskapp db check&#xa0;» en dit plus. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="647"/>
        <source>the copy is made, but the server&apos;s statistics could not be gathered ({code}): searches may be slow until the server gathers them itself, or its administrator runs ANALYZE</source>
        <translation>la copie est faite, mais les statistiques du serveur n&apos;ont pas pu être recueillies ({code})&#xa0;: les recherches peuvent être lentes jusqu&apos;à ce que le serveur les recueille lui-même, ou que son administrateur exécute ANALYZE</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="652"/>
        <source>the copy is made, but it could not be noted in the audit trail of {source} ({code})</source>
        <translation>la copie est faite, mais elle n&apos;a pas pu être notée dans le journal d&apos;audit de {source} ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="38"/>
        <source>The copy to {target} failed while copying the table {table}: {reason}. Nothing was written.</source>
        <translation>La copie vers {target} a échoué pendant la copie de la table {table}&#xa0;: {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="60"/>
        <source>table {table}, row {row}, column {column}: {reason}</source>
        <translation>table {table}, ligne {row}, colonne {column}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="61"/>
        <source>... and {count} more values that cannot be written</source>
        <translation>... et {count} autres valeurs qui ne peuvent pas être écrites</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="62"/>
        <source>table {table}, row {row}: {reason}</source>
        <translation>table {table}, ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="74"/>
        <source>The copy to {target} was stopped: the source holds values that cannot be written there. Nothing was written; correct them in the source database, then copy again.</source>
        <translation>La copie vers {target} a été arrêtée&#xa0;: la source contient des valeurs qui ne peuvent pas y être écrites. Rien n&apos;a été écrit&#xa0;; corrigez-les dans la base d&apos;origine, puis copiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="55"/>
        <source>holds a NUL character (code 0), which PostgreSQL does not accept in text</source>
        <translation>contient un caractère NUL (code 0), que PostgreSQL n&apos;accepte pas dans un texte</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="58"/>
        <source>is longer than the {length} characters the column holds</source>
        <translation>dépasse les {length} caractères que la colonne peut contenir</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="59"/>
        <source>holds something other than text</source>
        <translation>contient autre chose qu&apos;un texte</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="60"/>
        <source>holds something other than a whole number</source>
        <translation>contient autre chose qu&apos;un nombre entier</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="61"/>
        <source>holds a number too large for the column</source>
        <translation>contient un nombre trop grand pour la colonne</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="62"/>
        <source>holds something other than a number</source>
        <translation>contient autre chose qu&apos;un nombre</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="63"/>
        <source>holds something other than yes or no</source>
        <translation>contient autre chose que oui ou non</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="64"/>
        <source>holds something other than a date</source>
        <translation>contient autre chose qu&apos;une date</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="65"/>
        <source>holds something other than a date and time</source>
        <translation>contient autre chose qu&apos;une date et une heure</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="66"/>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="67"/>
        <source>holds a value that cannot be read as the column&apos;s kind</source>
        <translation>contient une valeur qui ne peut être lue selon le type de la colonne</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="45"/>
        <source>{target} is not empty: it holds tables deskapp does not make ({tables}). Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} n&apos;est pas vide&#xa0;: cette base contient des tables que deskapp ne crée pas ({tables}). Copiez dans une base nouvelle et vide. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="61"/>
        <source>{target} is not empty: it holds a deskapp database with rows (table and rows: {tables}). Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} n&apos;est pas vide&#xa0;: on y trouve une base deskapp avec des données (table et lignes&#xa0;: {tables}). Copiez dans une base nouvelle et vide. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="75"/>
        <source>{target} is not empty: it holds the tables of a deskapp database without rows, at schema {revision} where this version copies into {head}. Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} n&apos;est pas vide&#xa0;: on y trouve les tables d&apos;une base deskapp sans données, au schéma {revision}, alors que cette version copie dans le schéma {head}. Copiez dans une base nouvelle et vide. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="28"/>
        <source>The connection to the database server {server} was lost. What you typed is kept. deskapp connects again at your next action, or press Reconnect.</source>
        <translation>La connexion au serveur de la base de données {server} a été perdue. Ce que vous avez saisi est conservé. deskapp se reconnecte à votre prochaine action, ou appuyez sur Se reconnecter.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="33"/>
        <source>The connection to the database server {server} was lost: nothing of this save was written, and what you typed is kept. Save again once the server answers (deskapp connects again at your next action, or press Reconnect).</source>
        <translation>La connexion au serveur de la base de données {server} a été perdue&#xa0;: rien de cet enregistrement n&apos;a été écrit, et ce que vous avez saisi est conservé. Enregistrez de nouveau dès que le serveur répond (deskapp se reconnecte à votre prochaine action, ou appuyez sur Se reconnecter).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="39"/>
        <source>The connection to the database server {server} was lost while it was saving: whether the save arrived is checked as soon as the server answers. Keep the record open and press Reconnect; do not save it again before.</source>
        <translation>La connexion au serveur de la base de données {server} a été perdue pendant l&apos;enregistrement&#xa0;: on vérifie s&apos;il est arrivé dès que le serveur répond. Gardez la fiche ouverte et appuyez sur Se reconnecter&#xa0;; ne l&apos;enregistrez pas de nouveau avant.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="45"/>
        <source>The save tried when the connection was lost had reached the server after all, so this one was not made, not to write it twice. Close the record and open it again to see what was saved.</source>
        <translation>L&apos;enregistrement tenté quand la connexion a été perdue était bien arrivé au serveur&#xa0;: celui-ci n&apos;a donc pas été fait, pour ne pas écrire deux fois. Fermez la fiche et rouvrez-la pour voir ce qui a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="51"/>
        <source>The database server {server} asks for a password, and none was found in PGPASSWORD or ~/.pgpass.</source>
        <translation>Le serveur de la base de données {server} demande un mot de passe, et aucun n&apos;a été trouvé dans PGPASSWORD ni dans ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="82"/>
        <source>It is a member of {through}, so it can act as that role (SET ROLE): the server&apos;s administrator runs {fix}.</source>
        <translation>Il est membre de {through}, donc il peut agir comme ce rôle (SET ROLE)&#xa0;: l&apos;administrateur du serveur exécute {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="87"/>
        <source>It owns the database {through}, and with it the schema: the server&apos;s administrator runs {fix}.</source>
        <translation>Il est propriétaire de la base de données {through}, et avec elle du schéma&#xa0;: l&apos;administrateur du serveur exécute {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="92"/>
        <source>It may create roles, and so grant itself others: the server&apos;s administrator runs {fix}.</source>
        <translation>Il peut créer des rôles, et donc s&apos;en accorder d&apos;autres&#xa0;: l&apos;administrateur du serveur exécute {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="96"/>
        <source>It bypasses row-level security: the server&apos;s administrator runs {fix}.</source>
        <translation>Il contourne la sécurité au niveau des lignes&#xa0;: l&apos;administrateur du serveur exécute {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="99"/>
        <source>It may create schemas in the database {through}: the server&apos;s administrator runs {fix}.</source>
        <translation>Il peut créer des schémas dans la base de données {through}&#xa0;: l&apos;administrateur du serveur exécute {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="144"/>
        <source>Roles exist on a PostgreSQL server only: a database file is protected by the permissions of the file itself.</source>
        <translation>Les rôles n&apos;existent que sur un serveur PostgreSQL&#xa0;: un fichier de base de données est protégé par les permissions du fichier lui-même.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="269"/>
        <source>&apos;{role}&apos; is not a role name: up to 63 characters, no control characters.</source>
        <translation>«&#xa0;{role}&#xa0;» n&apos;est pas un nom de rôle&#xa0;: 63 caractères au plus, sans caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="280"/>
        <source>There is no role &apos;{role}&apos; on this server: its administrator creates it first (createuser --pwprompt {role}).</source>
        <translation>Il n&apos;y a pas de rôle «&#xa0;{role}&#xa0;» sur ce serveur&#xa0;: son administrateur le crée d&apos;abord (createuser --pwprompt {role}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="289"/>
        <source>&apos;{role}&apos; is a superuser: no grant can keep it from changing the schema or the audit trail. Give the desks a role without superuser rights.</source>
        <translation>«&#xa0;{role}&#xa0;» est un superutilisateur&#xa0;: aucun droit accordé ne peut l&apos;empêcher de modifier le schéma ou le journal des opérations. Donnez aux antennes un rôle sans droits de superutilisateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="299"/>
        <source>This database holds no deskapp schema yet: run &apos;deskapp init&apos; first.</source>
        <translation>Cette base ne contient pas encore de schéma deskapp&#xa0;: lancez d&apos;abord «&#xa0;deskapp init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="305"/>
        <source>&apos;{role}&apos; owns the schema: it can always change it. The desks connect as another role; grant that one.</source>
        <translation>«&#xa0;{role}&#xa0;» est propriétaire du schéma&#xa0;: il peut toujours le modifier. Les antennes se connectent avec un autre rôle&#xa0;; accordez les droits à celui-là.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="316"/>
        <source>Only the schema&apos;s owner ({owner}) can grant rights on it; connected as {user}. Run this command with the owner&apos;s address.</source>
        <translation>Seul le propriétaire du schéma ({owner}) peut accorder des droits dessus&#xa0;; connecté en tant que {user}. Lancez cette commande avec l&apos;adresse du propriétaire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="327"/>
        <source>&apos;{role}&apos; can reach past the rights deskapp grants, and no grant can narrow that. Once the server&apos;s administrator has changed it, run &apos;deskapp db grant --role {role}&apos; again.</source>
        <translation>«&#xa0;{role}&#xa0;» peut aller au-delà des droits que deskapp accorde, et aucun droit accordé ne peut le restreindre. Une fois que l&apos;administrateur du serveur l&apos;aura changé, relancez «&#xa0;deskapp db grant --role {role}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="495"/>
        <source>The database at {path} has schema {revision}; this version of deskapp needs {expected}. The desks&apos; role cannot change the schema: the database&apos;s owner runs &apos;deskapp db upgrade&apos; with the owner&apos;s address, then deskapp opens it.</source>
        <translation>La base à {path} a le schéma {revision}&#xa0;; cette version de deskapp demande {expected}. Le rôle des antennes ne peut pas modifier le schéma&#xa0;: le propriétaire de la base lance «&#xa0;deskapp db upgrade&#xa0;» avec l&apos;adresse du propriétaire, puis deskapp l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/consents.py" line="29"/>
        <source>this consent was withdrawn already</source>
        <translation>ce consentement a déjà été retiré</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="43"/>
        <source>Person no. {id} has no consent in force to be proposed to employers and projects: record that consent first (or they withdrew it).</source>
        <translation>La personne n° {id} n&apos;a pas de consentement en vigueur pour être proposée à des employeurs et à des projets&#xa0;: enregistrez d&apos;abord ce consentement (ou elle l&apos;a retiré).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="48"/>
        <source>Person no. {id} was anonymised: they cannot be proposed.</source>
        <translation>La personne n° {id} a été anonymisée&#xa0;: elle ne peut pas être proposée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="49"/>
        <source>Every post is filled already: there is none left for this hire.</source>
        <translation>Tous les postes sont déjà pourvus&#xa0;: il n&apos;en reste aucun pour cette embauche.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="52"/>
        <source>Person no. {id} is recorded as hired here already.</source>
        <translation>La personne n° {id} est déjà enregistrée comme embauchée ici.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="89"/>
        <source>you may not add organisations to {name}</source>
        <translation>vous ne pouvez pas ajouter d&apos;organisations à {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="90"/>
        <source>no supply chain has the code &apos;{code}&apos;</source>
        <translation>aucune filière n&apos;a le code «&#xa0;{code}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="92"/>
        <source>already in the registry as organisation no. {id}</source>
        <translation>déjà dans le registre comme organisation n° {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="93"/>
        <source>a line with only a contact adds a contact to the organisation on the line above, and there is none</source>
        <translation>une ligne qui ne contient qu&apos;un contact ajoute ce contact à l&apos;organisation de la ligne du dessus, et il n&apos;y en a pas</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="98"/>
        <source>no organisation is called &apos;{name}&apos;</source>
        <translation>aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="99"/>
        <source>no organisation has the company number {number}</source>
        <translation>aucune organisation n&apos;a le numéro d&apos;entreprise {number}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="100"/>
        <source>{count} organisations are called &apos;{name}&apos;: give the company number</source>
        <translation>{count} organisations s&apos;appellent «&#xa0;{name}&#xa0;»&#xa0;: indiquez le numéro d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="103"/>
        <source>you may not add openings to {name}, of another desk</source>
        <translation>vous ne pouvez pas ajouter d&apos;offres d&apos;emploi à {name}, d&apos;une autre antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="106"/>
        <source>name the organisation, or give its company number, on each line</source>
        <translation>indiquez l&apos;organisation, ou son numéro d&apos;entreprise, sur chaque ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="109"/>
        <source>The file {name} has column names but no rows of openings below them.</source>
        <translation>Le fichier {name} a des noms de colonnes mais aucune ligne d&apos;offres d&apos;emploi en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="112"/>
        <source>The file {name} has column names but no rows of organisations below them.</source>
        <translation>Le fichier {name} a des noms de colonnes mais aucune ligne d&apos;organisation en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/openings.py" line="27"/>
        <location filename="../../deskapp/services/records.py" line="45"/>
        <source>No opening with number {id} exists.</source>
        <translation>Aucune offre d&apos;emploi ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/openings.py" line="28"/>
        <location filename="../../deskapp/services/records.py" line="46"/>
        <source>No project role with number {id} exists.</source>
        <translation>Aucun rôle de projet ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="46"/>
        <source>already belongs to organisation no. {id} ({name})</source>
        <translation>appartient déjà à l&apos;organisation n° {id} ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="47"/>
        <location filename="../../deskapp/services/records.py" line="44"/>
        <source>No organisation with number {id} exists.</source>
        <translation>Aucune organisation ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="48"/>
        <source>no supply chain has number {id}</source>
        <translation>aucune filière ne porte le numéro {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="152"/>
        <source>another supply chain has this code</source>
        <translation>une autre filière a ce code</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="485"/>
        <source>is this organisation itself</source>
        <translation>est cette organisation elle-même</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="125"/>
        <source>No bundle file at {path}.</source>
        <translation>Aucun paquet à {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="185"/>
        <source>Bundle {number} of &apos;{desk}&apos; was taken in already, and this one differs from it (replayed, or the desk&apos;s database was put back from a backup): nothing was taken in.</source>
        <translation>Le paquet {number} de «&#xa0;{desk}&#xa0;» a déjà été intégré, et celui-ci en diffère (rejoué, ou la base de l&apos;antenne a été restaurée depuis une sauvegarde)&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="226"/>
        <source>The bundle was made with a newer database schema ({schema}) than this deskapp knows ({ours}): install the newer version here, then take it in. Nothing was taken in.</source>
        <translation>Le paquet a été créé avec un schéma de base de données plus récent ({schema}) que celui que connaît ce deskapp ({ours})&#xa0;: installez ici la version plus récente, puis intégrez-le. Rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="288"/>
        <source>Another bundle {number} of &apos;{desk}&apos; is held already, and this one differs from it: nothing was taken in.</source>
        <translation>Un autre paquet {number} de «&#xa0;{desk}&#xa0;» est déjà en attente, et celui-ci en diffère&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="323"/>
        <source>Bundle {number} of &apos;{desk}&apos; does not follow the last bundle taken in from that desk (it names another one before it): nothing was taken in.</source>
        <translation>Le paquet {number} de «&#xa0;{desk}&#xa0;» ne suit pas le dernier paquet intégré de cette antenne (il en nomme un autre comme précédent)&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="363"/>
        <source>The audit trail in the bundle of &apos;{desk}&apos; does not verify (an event changed, missing, or not continuing the events taken in before): nothing was taken in.</source>
        <translation>Le journal des opérations du paquet de «&#xa0;{desk}&#xa0;» ne se vérifie pas (un événement modifié, manquant, ou qui ne prolonge pas les événements déjà intégrés)&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="600"/>
        <source>The bundle names a supply chain this database does not have (code &apos;{code}&apos;): an organisation of the desk is in a chain that is not one of the programme&apos;s. Nothing was taken in.</source>
        <translation>Le paquet nomme une filière que cette base de données n&apos;a pas (code «&#xa0;{code}&#xa0;»)&#xa0;: une organisation de l&apos;antenne est dans une filière qui n&apos;est pas une de celles du programme. Rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="663"/>
        <source>The bundle refers to a record that was never received ({entity} {gid}): nothing was taken in. Take in the desk&apos;s earlier bundles first.</source>
        <translation>Le paquet renvoie à une fiche jamais reçue ({entity} {gid})&#xa0;: rien n&apos;a été intégré. Intégrez d&apos;abord les paquets précédents de l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="524"/>
        <location filename="../../deskapp/sync/codec.py" line="152"/>
        <source>The bundle holds a value deskapp cannot read ({entity}, field {field}): nothing was taken in.</source>
        <translation>Le paquet contient une valeur que deskapp ne sait pas lire ({entity}, champ {field})&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="78"/>
        <source>This file is not a deskapp bundle, or it is damaged or cut short (truncated): nothing was taken in. Ask the desk to send it again.</source>
        <translation>Ce fichier n&apos;est pas un paquet deskapp, ou il est endommagé ou incomplet (tronqué)&#xa0;: rien n&apos;a été intégré. Demandez à l&apos;antenne de l&apos;envoyer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="88"/>
        <source>The bundle&apos;s signature does not match its content: it was changed after the desk made it (tampered), or made with another key. Nothing was taken in.</source>
        <translation>La signature du paquet ne correspond pas à son contenu&#xa0;: il a été modifié après que l&apos;antenne l&apos;a créé (falsifié), ou signé avec une autre clé. Rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="98"/>
        <source>The bundle comes from a desk whose key is not trusted here (desk id {node}): nothing was taken in. Get the desk&apos;s key, compare its fingerprint with the desk by phone, then run &apos;deskapp sync trust&apos;.</source>
        <translation>Le paquet vient d&apos;une antenne dont la clé n&apos;est pas acceptée ici (identifiant d&apos;antenne {node})&#xa0;: rien n&apos;a été intégré. Obtenez la clé de l&apos;antenne, comparez son empreinte avec l&apos;antenne par téléphone, puis lancez «&#xa0;deskapp sync trust&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="111"/>
        <source>This is the coordinator&apos;s catalogue bundle: a desk applies it with &apos;deskapp sync apply-catalogue&apos;. Nothing was taken in.</source>
        <translation>Ceci est le paquet du catalogue de la coordination&#xa0;: une antenne l&apos;applique avec «&#xa0;deskapp sync apply-catalogue&#xa0;». Rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="118"/>
        <source>This is a desk&apos;s bundle, not the coordinator&apos;s catalogue: the coordinator takes it in with &apos;deskapp sync import&apos;. Nothing was changed.</source>
        <translation>Ceci est un paquet d&apos;une antenne, pas le catalogue de la coordination&#xa0;: la coordination l&apos;intègre avec «&#xa0;deskapp sync import&#xa0;». Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="142"/>
        <source>The bundle was made by a newer version of deskapp (bundle format {version}): install the newer version here to take it in.</source>
        <translation>Le paquet a été créé par une version plus récente de deskapp (format {version})&#xa0;: installez ici la version plus récente pour l&apos;intégrer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="130"/>
        <source>Choose &apos;local&apos; (the value here) or &apos;incoming&apos; (the desk&apos;s).</source>
        <translation>Choisissez «&#xa0;local&#xa0;» (la valeur ici) ou «&#xa0;incoming&#xa0;» (celle de l&apos;antenne).</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="138"/>
        <source>No conflict number {id}.</source>
        <translation>Aucun conflit numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="142"/>
        <source>Conflict {id} was decided already.</source>
        <translation>Le conflit {id} a déjà été tranché.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="149"/>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>La fiche du conflit {id} n&apos;est plus ici.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/export.py" line="84"/>
        <source>A pseudonymous bundle needs the programme key (people are counted once by a keyed hash of their tax code): ask the coordinator for it, then run &apos;deskapp sync programme-key FILE&apos;.</source>
        <translation>Un paquet pseudonyme demande la clé de programme (les personnes sont comptées une seule fois par une empreinte à clé de leur numéro fiscal)&#xa0;: demandez-la au coordinateur, puis lancez «&#xa0;deskapp sync programme-key FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/identity.py" line="119"/>
        <source>This is not a desk key: a desk key is one line starting with &apos;deskapp-key:1:&apos;, as &apos;deskapp sync key&apos; shows it or writes it to a file.</source>
        <translation>Ce n&apos;est pas une clé d&apos;antenne&#xa0;: une clé d&apos;antenne est une ligne qui commence par «&#xa0;deskapp-key:1&#xa0;:&#xa0;», telle que «&#xa0;deskapp sync key&#xa0;» l&apos;affiche ou l&apos;écrit dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="66"/>
        <source>Give the desk a name (at most 120 characters) with --desk.</source>
        <translation>Donnez un nom à l&apos;antenne (120 caractères au plus) avec --desk.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="70"/>
        <source>The fingerprint does not match this key: nothing was trusted. Ask the desk to read out the fingerprint &apos;deskapp sync key&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;empreinte ne correspond pas à cette clé&#xa0;: rien n&apos;a été accepté. Demandez à l&apos;antenne de lire l&apos;empreinte que «&#xa0;deskapp sync key&#xa0;» affiche chez elle, et vérifiez que le fichier de clé est bien le sien.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="81"/>
        <source>This is this database&apos;s own key, not a desk&apos;s.</source>
        <translation>C&apos;est la clé de cette base de données, pas celle d&apos;une antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="87"/>
        <source>The desk &apos;{name}&apos; is trusted already with another key: a desk&apos;s key is accepted once. Nothing was changed.</source>
        <translation>L&apos;antenne «&#xa0;{name}&#xa0;» est déjà acceptée avec une autre clé&#xa0;: la clé d&apos;une antenne n&apos;est acceptée qu&apos;une fois. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="98"/>
        <source>Another desk is trusted under the name &apos;{name}&apos;: choose another.</source>
        <translation>Une autre antenne est acceptée sous le nom «&#xa0;{name}&#xa0;»&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="120"/>
        <source>This is not a programme key: it is one line starting with &apos;deskapp-programme-key:1:&apos;, as the coordinator&apos;s &apos;deskapp sync programme-key --new&apos; writes it.</source>
        <translation>Ce n&apos;est pas une clé de programme&#xa0;: c&apos;est une ligne qui commence par «&#xa0;deskapp-programme-key:1&#xa0;:&#xa0;», telle que l&apos;écrit «&#xa0;deskapp sync programme-key --new&#xa0;» chez le coordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="151"/>
        <source>This database has a programme key already (fingerprint {fingerprint}): the desks&apos; pseudonymous bundles are keyed with it.</source>
        <translation>Cette base de données a déjà une clé de programme (empreinte {fingerprint})&#xa0;: les pseudonymes des paquets des antennes sont calculés avec elle.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="171"/>
        <source>This database has another programme key already (fingerprint {fingerprint}): nothing was changed.</source>
        <translation>Cette base de données a déjà une autre clé de programme (empreinte {fingerprint})&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/linking.py" line="318"/>
        <source>Give two different people&apos;s numbers.</source>
        <translation>Donnez les numéros de deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/linking.py" line="323"/>
        <source>People {first} and {second} were not merged: nothing to undo.</source>
        <translation>Les personnes {first} et {second} n&apos;étaient pas fusionnées&#xa0;: rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="91"/>
        <source>{tool} is not installed on this PC: back up and restore a server&apos;s registry where PostgreSQL&apos;s tools are (the package postgresql-client), or leave it to the server&apos;s administrator. Nothing was done.</source>
        <translation>{tool} n&apos;est pas installé sur ce PC&#xa0;: sauvegardez et restaurez le registre d&apos;un serveur là où se trouvent les outils de PostgreSQL (le paquet postgresql-client), ou laissez-le faire à l&apos;administrateur du serveur. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="112"/>
        <source>The server refused the password: give it in PGPASSWORD or ~/.pgpass, or type it when {tool} asks. Nothing was done.</source>
        <translation>Le serveur a refusé le mot de passe&#xa0;: indiquez-le dans PGPASSWORD ou ~/.pgpass, ou tapez-le quand {tool} le demande. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="118"/>
        <source>{tool} stopped with status {status}: nothing was kept. The server&apos;s log says why.</source>
        <translation>{tool} s&apos;est arrêté avec le code {status}&#xa0;: rien n&apos;a été conservé. Le journal du serveur en donne la raison.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="132"/>
        <source>{path} exists already: choose a new name.</source>
        <translation>{path} existe déjà&#xa0;: choisissez un nouveau nom.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="153"/>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="198"/>
        <source>Give the coordinator a name (at most 120 characters) with --coordinator.</source>
        <translation>Donnez un nom à la coordination (120 caractères au plus) avec --coordinator.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="204"/>
        <source>The fingerprint does not match this key: nothing was trusted. Ask the coordinator to read out the fingerprint &apos;deskapp sync key&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;empreinte ne correspond pas à cette clé&#xa0;: rien n&apos;a été accepté. Demandez à la coordination de vous lire l&apos;empreinte que «&#xa0;deskapp sync key&#xa0;» affiche chez elle, et vérifiez que le fichier de clé est bien le sien.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="215"/>
        <source>This is this database&apos;s own key, not the coordinator&apos;s.</source>
        <translation>C&apos;est la clé de cette base elle-même, pas celle de la coordination.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="223"/>
        <source>This database trusts the coordinator &apos;{name}&apos; already, with another key: a coordinator&apos;s key is accepted once. Nothing was changed.</source>
        <translation>Cette base accepte déjà la coordination «&#xa0;{name}&#xa0;», avec une autre clé&#xa0;: la clé d&apos;une coordination n&apos;est acceptée qu&apos;une fois. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="233"/>
        <source>&apos;{name}&apos; is trusted already with another key: a key is accepted once. Nothing was changed.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà accepté avec une autre clé&#xa0;: une clé n&apos;est acceptée qu&apos;une fois. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="246"/>
        <source>Another key is trusted under the name &apos;{name}&apos;: choose another.</source>
        <translation>Une autre clé est déjà acceptée sous le nom «&#xa0;{name}&#xa0;»&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="293"/>
        <source>The catalogue bundle is signed with a key not trusted here as the coordinator&apos;s: nothing was changed. Get the coordinator&apos;s key, compare its fingerprint by phone, then run &apos;deskapp sync trust KEY --coordinator NAME --fingerprint ...&apos;.</source>
        <translation>Le paquet de catalogue est signé avec une clé qui n&apos;est pas acceptée ici comme celle de la coordination&#xa0;: rien n&apos;a changé. Obtenez la clé de la coordination, comparez son empreinte par téléphone, puis lancez «&#xa0;deskapp sync trust CLÉ --coordinator NOM --fingerprint ...&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="326"/>
        <source>Entry {position} of the catalogue bundle is not valid here: nothing was changed. Ask the coordinator to correct it and publish again.</source>
        <translation>L&apos;entrée {position} du paquet de catalogue n&apos;est pas valide ici&#xa0;: rien n&apos;a changé. Demandez à la coordination de la corriger et de publier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="399"/>
        <source>Catalogue bundle {number} of &apos;{coordinator}&apos; is older than the one applied here ({last}), or a replay of it: nothing was changed.</source>
        <translation>Le paquet de catalogue {number} de «&#xa0;{coordinator}&#xa0;» est plus ancien que celui appliqué ici ({last}), ou en est une répétition&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="410"/>
        <source>Catalogue bundle {number} of &apos;{coordinator}&apos; does not follow the one applied here (the coordinator&apos;s database was put back from a backup?): nothing was changed.</source>
        <translation>Le paquet de catalogue {number} de «&#xa0;{coordinator}&#xa0;» ne suit pas celui appliqué ici (la base de la coordination a-t-elle été restaurée depuis une sauvegarde&#xa0;?)&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/pipeline.py" line="156"/>
        <source>The bundle file {path} cannot be read (no permission, or a disk error): nothing was taken in.</source>
        <translation>Le fichier de paquet {path} ne peut pas être lu (pas d&apos;autorisation, ou erreur de disque)&#xa0;: rien n&apos;a été intégré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="110"/>
        <source>This is not a coordinator&apos;s sealing key: it is one line starting with &apos;deskapp-seal:1:&apos;, as &apos;deskapp sync key --sealing&apos; shows it or writes it to a file.</source>
        <translation>Ceci n&apos;est pas une clé de chiffrement du coordinateur&#xa0;: c&apos;est une ligne commençant par &apos;deskapp-seal:1&#xa0;:&apos;, telle que &apos;deskapp sync key --sealing&apos; l&apos;affiche ou l&apos;écrit dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="139"/>
        <source>The fingerprint does not match this sealing key: nothing was kept and nothing written. Ask the coordinator to read out the fingerprint &apos;deskapp sync key --sealing&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;empreinte ne correspond pas à cette clé de chiffrement&#xa0;: rien n&apos;a été conservé ni écrit. Demandez au coordinateur de lire l&apos;empreinte que &apos;deskapp sync key --sealing&apos; y affiche, et vérifiez que le fichier de clé est le sien.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="150"/>
        <source>This is this database&apos;s own sealing key, not the coordinator&apos;s.</source>
        <translation>Ceci est la clé de chiffrement de cette base, pas celle du coordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="158"/>
        <source>Another sealing key of the same coordinator is kept here already: a key is accepted once. Nothing was written.</source>
        <translation>Une autre clé de chiffrement du même coordinateur est déjà conservée ici&#xa0;: une clé n&apos;est acceptée qu&apos;une fois. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="184"/>
        <source>No sealing key with this fingerprint is kept here: give the coordinator&apos;s sealing key file once with --encrypt-to FILE --fingerprint XXXX. Nothing was written.</source>
        <translation>Aucune clé de chiffrement avec cette empreinte n&apos;est conservée ici&#xa0;: donnez une fois le fichier de la clé de chiffrement du coordinateur avec --encrypt-to FILE --fingerprint XXXX. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="217"/>
        <source>This bundle is encrypted to another key (key {key}), not to this database&apos;s sealing key: it cannot be opened here, and nothing was taken in. Check that the desk was given this database&apos;s sealing key.</source>
        <translation>Ce paquet est chiffré pour une autre clé (clé {key}), pas pour la clé de chiffrement de cette base&#xa0;: il ne peut pas être ouvert ici, et rien n&apos;a été intégré. Vérifiez que l&apos;antenne a reçu la clé de chiffrement de cette base.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="229"/>
        <source>The encrypted bundle does not open: it was changed or damaged after the desk made it. Nothing was taken in. Ask the desk to send it again.</source>
        <translation>Le paquet chiffré ne s&apos;ouvre pas&#xa0;: il a été modifié ou endommagé après que l&apos;antenne l&apos;a créé. Rien n&apos;a été intégré. Demandez à l&apos;antenne de l&apos;envoyer à nouveau.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="168"/>
        <location filename="../../deskapp/models/schemas.py" line="232"/>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="169"/>
        <location filename="../../deskapp/models/schemas.py" line="234"/>
        <source>Long-term unemployed</source>
        <translation>Chômeur de longue durée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="170"/>
        <location filename="../../deskapp/models/schemas.py" line="236"/>
        <source>Ex-detainee</source>
        <translation>Ancien détenu</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="171"/>
        <location filename="../../deskapp/models/schemas.py" line="237"/>
        <source>Addiction</source>
        <translation>Addictions</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="172"/>
        <location filename="../../deskapp/models/schemas.py" line="239"/>
        <source>Migrant background</source>
        <translation>Parcours migratoire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="173"/>
        <location filename="../../deskapp/models/schemas.py" line="242"/>
        <source>Other disadvantage</source>
        <translation>Autre désavantage</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="132"/>
        <source>Desk name</source>
        <translation>Nom de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="46"/>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="49"/>
        <source>Supply chain</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="52"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="53"/>
        <source>What they do</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="54"/>
        <source>What they seek</source>
        <translation>Ce qu&apos;ils recherchent</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="56"/>
        <source>Company number (partita IVA, SIREN, SIRET)</source>
        <translation>Numéro d&apos;entreprise (SIREN, SIRET, partita IVA)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="60"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="62"/>
        <location filename="../../deskapp/models/network_schemas.py" line="216"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="99"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="116"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="117"/>
        <location filename="../../deskapp/models/schemas.py" line="133"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="119"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="149"/>
        <source>Skills wanted</source>
        <translation>Compétences demandées</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="150"/>
        <source>Level wanted</source>
        <translation>Niveau demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="151"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="152"/>
        <source>Posts filled</source>
        <translation>Postes pourvus</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="164"/>
        <source>Place of work</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="165"/>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="166"/>
        <source>Open until</source>
        <translation>Ouverte jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="167"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="186"/>
        <source>Opening</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="187"/>
        <source>Project role</source>
        <translation>Poste de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="211"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="212"/>
        <source>Name in Italian</source>
        <translation>Nom en italien</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="213"/>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="214"/>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="215"/>
        <source>NACE codes</source>
        <translation>Codes NACE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="134"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="50"/>
        <location filename="../../deskapp/models/schemas.py" line="135"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="136"/>
        <location filename="../../deskapp/models/schemas.py" line="203"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="137"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="141"/>
        <source>Operator name</source>
        <translation>Nom du conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="39"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="83"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="88"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="40"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="53"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="60"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="43"/>
        <source>Useful life (years)</source>
        <translation>Durée d&apos;amortissement (ans)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="45"/>
        <source>Plan year</source>
        <translation>Année du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="51"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="52"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="59"/>
        <source>Lender</source>
        <translation>Prêteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="61"/>
        <source>Annual rate (%)</source>
        <translation>Taux annuel (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="62"/>
        <source>Repayment years</source>
        <translation>Durée (ans)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="63"/>
        <source>Grace years</source>
        <translation>Différé (ans)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="68"/>
        <source>Product or service</source>
        <translation>Produit ou service</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="69"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="70"/>
        <source>Quantity in year 1</source>
        <translation>Quantité la 1re année</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="72"/>
        <source>Yearly growth (%)</source>
        <translation>Croissance annuelle (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="100"/>
        <location filename="../../deskapp/models/network_schemas.py" line="148"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="77"/>
        <location filename="../../deskapp/models/schemas.py" line="143"/>
        <location filename="../../deskapp/models/schemas.py" line="520"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="78"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="79"/>
        <source>Gross annual cost per head</source>
        <translation>Coût annuel brut / pers.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="84"/>
        <source>Annual amount</source>
        <translation>Montant annuel</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="89"/>
        <source>Share of sales (%)</source>
        <translation>Part du CA (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="96"/>
        <source>Change in sales (%)</source>
        <translation>Variation des ventes (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="99"/>
        <source>Change in costs (%)</source>
        <translation>Variation des coûts (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="104"/>
        <source>Proposers and team</source>
        <translation>Porteurs du projet et équipe</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="105"/>
        <source>The idea, products and services</source>
        <translation>L&apos;idée, les produits et services</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="106"/>
        <source>Market and competitors</source>
        <translation>Marché et concurrence</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="107"/>
        <source>Marketing and sales</source>
        <translation>Marketing et ventes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="109"/>
        <source>Organisation and premises</source>
        <translation>Organisation et locaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="111"/>
        <source>SWOT analysis</source>
        <translation>Analyse SWOT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="116"/>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="117"/>
        <source>Years of the plan</source>
        <translation>Années du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="119"/>
        <source>Tax rate (%)</source>
        <translation>Taux d&apos;imposition (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="122"/>
        <source>Starting working capital</source>
        <translation>Besoin en fonds de roulement initial</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="126"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="129"/>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="132"/>
        <source>Other sources of funds</source>
        <translation>Autres ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="134"/>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="136"/>
        <source>Sales forecast</source>
        <translation>Prévisions de ventes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="139"/>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="142"/>
        <source>Fixed operating costs</source>
        <translation>Charges fixes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="145"/>
        <source>Variable costs</source>
        <translation>Charges variables</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="149"/>
        <source>Pessimistic scenario</source>
        <translation>Scénario pessimiste</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="153"/>
        <source>Optimistic scenario</source>
        <translation>Scénario optimiste</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="58"/>
        <location filename="../../deskapp/models/network_schemas.py" line="101"/>
        <location filename="../../deskapp/models/schemas.py" line="145"/>
        <location filename="../../deskapp/models/schemas.py" line="207"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="146"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="156"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="158"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="160"/>
        <source>Privacy notice version</source>
        <translation>Version de la notice d&apos;information</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="190"/>
        <location filename="../../deskapp/models/schemas.py" line="163"/>
        <location filename="../../deskapp/models/schemas.py" line="427"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="168"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="194"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="195"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="196"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="197"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="198"/>
        <source>Birthplace</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="199"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="201"/>
        <source>Social security no. (NIR)</source>
        <translation>N° de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="202"/>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="51"/>
        <location filename="../../deskapp/models/schemas.py" line="204"/>
        <location filename="../../deskapp/models/schemas.py" line="437"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="205"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="59"/>
        <location filename="../../deskapp/models/network_schemas.py" line="102"/>
        <location filename="../../deskapp/models/schemas.py" line="206"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="208"/>
        <source>Education (ISCED)</source>
        <translation>Niveau d&apos;études (CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="210"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="213"/>
        <source>Unemployed since</source>
        <translation>Sans emploi depuis</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="216"/>
        <source>Registered at France Travail on</source>
        <translation>Inscrit à France Travail le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="219"/>
        <source>France Travail category</source>
        <translation>Catégorie France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="221"/>
        <source>Previous employer</source>
        <translation>Dernier employeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="223"/>
        <source>Previous employer in crisis</source>
        <translation>Dernier employeur en difficulté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="226"/>
        <source>How they reached the desk</source>
        <translation>Comment la personne a connu l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="229"/>
        <source>First contact date</source>
        <translation>Date du premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="61"/>
        <location filename="../../deskapp/models/network_schemas.py" line="168"/>
        <location filename="../../deskapp/models/schemas.py" line="231"/>
        <location filename="../../deskapp/models/schemas.py" line="443"/>
        <location filename="../../deskapp/models/schemas.py" line="482"/>
        <location filename="../../deskapp/models/schemas.py" line="614"/>
        <location filename="../../deskapp/models/schemas.py" line="648"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="376"/>
        <source>Privacy</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="392"/>
        <source>Occupation or skill</source>
        <translation>Métier ou compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="394"/>
        <source>ISTAT CP2011 / ESCO code</source>
        <translation>Code ISTAT CP2011 / ESCO</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="396"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="398"/>
        <source>Years of experience</source>
        <translation>Années d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="402"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="48"/>
        <location filename="../../deskapp/models/schemas.py" line="403"/>
        <location filename="../../deskapp/models/schemas.py" line="451"/>
        <source>NACE code</source>
        <translation>Code NACE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="404"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="418"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="419"/>
        <location filename="../../deskapp/models/schemas.py" line="429"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="188"/>
        <location filename="../../deskapp/models/schemas.py" line="421"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="430"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="434"/>
        <source>Kind of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="45"/>
        <location filename="../../deskapp/models/schemas.py" line="435"/>
        <location filename="../../deskapp/models/schemas.py" line="669"/>
        <location filename="../../deskapp/services/funding_catalogue.py" line="126"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="436"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="438"/>
        <source>Size (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="439"/>
        <source>Size notes</source>
        <translation>Précisions sur la surface</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="441"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="447"/>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="448"/>
        <source>Kind of project</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="47"/>
        <location filename="../../deskapp/models/schemas.py" line="450"/>
        <source>Sector of activity (code)</source>
        <translation>Secteur d&apos;activité (code NAF)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="452"/>
        <source>Lead operator</source>
        <translation>Conseiller référent</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="453"/>
        <source>Origin company</source>
        <translation>Entreprise d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="455"/>
        <source>Origin company VAT number</source>
        <translation>SIREN / TVA de l&apos;entreprise d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="458"/>
        <source>Origin company situation</source>
        <translation>Situation de l&apos;entreprise d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="461"/>
        <source>Planned legal form</source>
        <translation>Forme juridique prévue</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="464"/>
        <source>New enterprise&apos;s number</source>
        <translation>SIREN ou SIRET de la nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="467"/>
        <source>Expected jobs</source>
        <translation>Emplois prévus</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="470"/>
        <source>Employees besides members</source>
        <translation>Salariés non associés</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="473"/>
        <source>Planned start date</source>
        <translation>Date de démarrage prévue</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="476"/>
        <source>Actual start date</source>
        <translation>Date de démarrage effective</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="478"/>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="480"/>
        <source>Next action due</source>
        <translation>Échéance de la prochaine action</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="185"/>
        <location filename="../../deskapp/models/schemas.py" line="519"/>
        <location filename="../../deskapp/models/schemas.py" line="612"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="522"/>
        <source>Capital pledged</source>
        <translation>Capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="525"/>
        <source>Capital paid in</source>
        <translation>Capital libéré</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="528"/>
        <source>of which from TFR</source>
        <translation>dont TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="531"/>
        <source>of which from NASpI advance</source>
        <translation>dont avance NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="536"/>
        <source>Unemployment rights (ARE)</source>
        <translation>Droits au chômage (ARE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="539"/>
        <source>of which from ARCE</source>
        <translation>dont ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="542"/>
        <source>ARE kept: monthly amount</source>
        <translation>Maintien de l&apos;ARE&#xa0;: montant mensuel</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="545"/>
        <source>ARE kept: months of rights left</source>
        <translation>Maintien de l&apos;ARE&#xa0;: mois de droits restants</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="607"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="608"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="610"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="118"/>
        <location filename="../../deskapp/models/schemas.py" line="613"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="615"/>
        <source>Follow-up due</source>
        <translation>Relance prévue le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="632"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="634"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="637"/>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="640"/>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="643"/>
        <source>Amount disbursed</source>
        <translation>Montant versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="645"/>
        <source>Submitted on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="646"/>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="647"/>
        <source>Disbursed on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="670"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="672"/>
        <source>Country (blank: both)</source>
        <translation>Pays (vide&#xa0;: les deux)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="674"/>
        <source>Provided by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="676"/>
        <source>Who may apply, and for what</source>
        <translation>Qui peut le demander, et pour quoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="678"/>
        <source>Up to</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="679"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="680"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="681"/>
        <source>Still open</source>
        <translation>Encore ouvert</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="192"/>
        <source>Checklist step</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="211"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="588"/>
        <source>Version name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="81"/>
        <location filename="../../deskapp/services/organisation.py" line="48"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="102"/>
        <source>Can log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="147"/>
        <location filename="../../deskapp/ui/accounts_panel.py" line="100"/>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="172"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="91"/>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="93"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="268"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="270"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="199"/>
        <source>Welcome to deskapp</source>
        <translation>Bienvenue dans deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="216"/>
        <source>Desk name</source>
        <translation>Nom de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="217"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="218"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="219"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="220"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="221"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="222"/>
        <source>Your name (first operator)</source>
        <translation>Votre nom (premier conseiller)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="223"/>
        <source>Your password (at least 8 characters)</source>
        <translation>Votre mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="224"/>
        <source>The password again</source>
        <translation>Le mot de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="234"/>
        <source>This database is new. Record your desk and yourself as its first operator; you will be its administrator.</source>
        <translation>Cette base de données est nouvelle. Enregistrez votre antenne et vous-même comme premier conseiller&#xa0;; vous en serez l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="251"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="373"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="374"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="375"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="376"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="377"/>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="378"/>
        <source>Submitted on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="379"/>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="382"/>
        <source>Funding applications</source>
        <translation>Demandes de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="386"/>
        <source>New application...</source>
        <translation>Nouvelle demande...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="387"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="409"/>
        <source>No funding application yet.</source>
        <translation>Aucune demande de financement pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="435"/>
        <source>New funding application</source>
        <translation>Nouvelle demande de financement</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../deskapp/ui/help_window.py" line="21"/>
        <source>deskapp - user guide</source>
        <translation>deskapp - guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/help_window.py" line="24"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="349"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="98"/>
        <source>Type in a cell to change it; Ctrl+Del removes the row.</source>
        <translation>Tapez dans une cellule pour la modifier&#xa0;; Ctrl+Suppr supprime la ligne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="128"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="129"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Suppr</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="214"/>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="55"/>
        <source>deskapp is locked</source>
        <translation>deskapp est verrouillé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="60"/>
        <source>%1, type your password to go on.</source>
        <translation>%1, tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="64"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="69"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="52"/>
        <source>deskapp: who are you?</source>
        <translation>deskapp&#xa0;: qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="60"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="61"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="120"/>
        <source>deskapp - help desk registry</source>
        <translation>deskapp - registre de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="143"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="392"/>
        <source>Find a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="366"/>
        <location filename="../../deskapp/ui/main_window.py" line="560"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="380"/>
        <source>Close tab</source>
        <translation>Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="173"/>
        <source>no operator</source>
        <translation>aucun conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="144"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="145"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="146"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="147"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="148"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="149"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="152"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="154"/>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="156"/>
        <source>Pages and open records</source>
        <translation>Pages et fiches ouvertes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="175"/>
        <source>Desk: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="176"/>
        <source>Operator: %1</source>
        <translation>Conseiller&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="193"/>
        <source>deskapp %1</source>
        <translation>deskapp %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="304"/>
        <source>Only a coordinator or an administrator sends bundles.</source>
        <translation>Seul un coordinateur ou un administrateur peut envoyer les paquets.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="319"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="321"/>
        <source>The backup is in place (the previous file was kept as %1). deskapp closes now: start it again.</source>
        <translation>La sauvegarde est en place (le fichier précédent a été gardé sous %1). deskapp se ferme&#xa0;: relancez-le.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="363"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="367"/>
        <location filename="../../deskapp/ui/main_window.py" line="561"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="368"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="369"/>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="373"/>
        <source>Send to the coordinator...</source>
        <translation>Envoyer au coordinateur...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="388"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="390"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="401"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="404"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="408"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="410"/>
        <location filename="../../deskapp/ui/main_window.py" line="645"/>
        <source>About deskapp</source>
        <translation>À propos de deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="457"/>
        <source>Choose an operator first.</source>
        <translation>Choisissez d&apos;abord un conseiller.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="574"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="582"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/main_window.py" line="584"/>
        <source>%n record(s) have changes that are not saved. Close without saving?</source>
        <translation>
            <numerusform>%n fiche a des modifications non enregistrées. Fermer sans enregistrer&#xa0;?</numerusform>
            <numerusform>%n fiches ont des modifications non enregistrées. Fermer sans enregistrer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="647"/>
        <source>deskapp %1
The registry of the help desks that turn job loss into new enterprises.</source>
        <translation>deskapp %1
Le registre des antennes qui transforment la perte d&apos;emploi en nouvelles entreprises.</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="16"/>
        <source>{skill}, {level}</source>
        <translation>{skill}, {level}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="17"/>
        <source>level wanted: {level}</source>
        <translation>niveau demandé&#xa0;: {level}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="18"/>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="19"/>
        <source>same municipality</source>
        <translation>même commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="20"/>
        <source>same region (distance not known)</source>
        <translation>même région (distance inconnue)</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="21"/>
        <source>another region</source>
        <translation>autre région</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="22"/>
        <source>placed on {date}</source>
        <translation>placé le {date}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="23"/>
        <source>same sector</source>
        <translation>même secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="24"/>
        <source>they seek: {word}</source>
        <translation>recherche&#xa0;: {word}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="25"/>
        <source>abroad ({country})</source>
        <translation>à l&apos;étranger ({country})</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="26"/>
        <source>{m2} m²</source>
        <translation>{m2}&#xa0;m²</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="27"/>
        <source>smaller than asked ({m2} m²)</source>
        <translation>plus petit que demandé ({m2}&#xa0;m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="28"/>
        <source>{relation} this project</source>
        <translation>{relation} ce projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="29"/>
        <source>{kind} to join</source>
        <translation>{kind} à rejoindre</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="35"/>
        <source>The role “{role}” names no trade, so it matches no one: add what the person does, e.g. “{role} welder”, or “TIG welding” in the skills wanted.</source>
        <translation>Le rôle «&#xa0;{role}&#xa0;» ne nomme aucun métier, il ne correspond donc à personne&#xa0;: ajoutez ce que fait la personne, par exemple «&#xa0;{role} soudeur&#xa0;», ou «&#xa0;soudure TIG&#xa0;» dans les compétences recherchées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="38"/>
        <source>; </source>
        <comment>between the reasons of a match</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="68"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="69"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="70"/>
        <source>Capital pledged</source>
        <translation>Capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="71"/>
        <source>Paid in</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="73"/>
        <source>from ARCE</source>
        <translation>dont ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="73"/>
        <source>ARE kept monthly</source>
        <translation>Maintien de l&apos;ARE</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="75"/>
        <source>from TFR</source>
        <translation>dont TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="75"/>
        <source>from NASpI advance</source>
        <translation>dont avance NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="79"/>
        <source>Members and capital</source>
        <translation>Associés et capital</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="97"/>
        <source>Role for new members:</source>
        <translation>Ajouter comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="99"/>
        <source>Add members...</source>
        <translation>Ajouter des associés...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="100"/>
        <source>Edit role and capital...</source>
        <translation>Rôle et capital...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="101"/>
        <source>Open person</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="102"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="121"/>
        <source>No members yet: add the promoters or the worker-members.</source>
        <translation>Aucun associé pour l&apos;instant&#xa0;: ajoutez les porteurs de projet ou les associés salariés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="129"/>
        <source>%Ln people. Capital pledged %1, paid in %2 (ARCE %3).</source>
        <translation>
            <numerusform>%Ln personne. Capital souscrit %1, versé %2 (ARCE %3).</numerusform>
            <numerusform>%Ln personnes. Capital souscrit %1, versé %2 (ARCE %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="136"/>
        <source>%Ln people. Capital pledged %1, paid in %2 (TFR %3, NASpI %4).</source>
        <translation>
            <numerusform>%Ln personne. Capital souscrit %1, versé %2 (TFR %3, NASpI %4).</numerusform>
            <numerusform>%Ln personnes. Capital souscrit %1, versé %2 (TFR %3, NASpI %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="153"/>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="155"/>
        <source>%n month(s) left</source>
        <translation>
            <numerusform>%n mois restant</numerusform>
            <numerusform>%n mois restants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="180"/>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="197"/>
        <source>ARCE: 60% of the remaining ARE rights, paid as capital in two halves. Or the member keeps ARE monthly beside the new job. One or the other.</source>
        <translation>ARCE&#xa0;: 60 % des droits à l&apos;ARE restants, versés en capital en deux fois. Ou l&apos;associé garde l&apos;ARE chaque mois à côté de son nouvel emploi. L&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="223"/>
        <source>Remove member</source>
        <translation>Retirer l&apos;associé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="224"/>
        <source>Remove %1 from the project?</source>
        <translation>Retirer %1 du projet&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../deskapp/i18n.py" line="51"/>
        <source>EUR %1</source>
        <translation>%1&#xa0;EUR</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="50"/>
        <source>Move the project</source>
        <translation>Changer l&apos;étape du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="52"/>
        <source>Move “%1” from %2 to %3.</source>
        <translation>Faire passer «&#xa0;%1&#xa0;» de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="64"/>
        <source>Why? (required)</source>
        <translation>Pourquoi&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="66"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="73"/>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="77"/>
        <source>Move</source>
        <translation>Changer d&apos;étape</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="148"/>
        <source>Needs assessments</source>
        <translation>Évaluations des besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="151"/>
        <source>New needs assessment...</source>
        <translation>Nouveau diagnostic des besoins...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="171"/>
        <source>No needs assessment yet: record what the person needs from the desk.</source>
        <translation>Aucun diagnostic des besoins pour l&apos;instant&#xa0;: notez ce que la personne attend de l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="177"/>
        <source>Needs identified</source>
        <translation>Besoins identifiés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="190"/>
        <source>Needs assessment</source>
        <translation>Diagnostic des besoins</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="244"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="269"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="256"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="286"/>
        <source>Contact people</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="258"/>
        <source>Add contact...</source>
        <translation>Ajouter un contact...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="259"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="265"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="397"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="287"/>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="264"/>
        <source>Add relation...</source>
        <translation>Ajouter une relation...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="270"/>
        <source>Skills wanted</source>
        <translation>Compétences demandées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="271"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="272"/>
        <source>Place of work</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="273"/>
        <source>Open until</source>
        <translation>Ouverte jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="274"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="275"/>
        <source>Filled</source>
        <translation>Pourvus</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="276"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="279"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="288"/>
        <source>Openings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="281"/>
        <source>New opening...</source>
        <translation>Nouvelle offre d&apos;emploi...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="282"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="285"/>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="301"/>
        <source>No contact person yet: add the one to call.</source>
        <translation>Aucun contact&#xa0;: ajoutez la personne à appeler.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="314"/>
        <source>%1 this organisation</source>
        <translation>%1 cette organisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="319"/>
        <source>No relation yet.</source>
        <translation>Aucune relation.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="334"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="334"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="339"/>
        <source>No opening: record the roles this organisation wants filled.</source>
        <translation>Aucune offre&#xa0;: enregistrez les postes que cette organisation veut pourvoir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="362"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs suivis d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="370"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="389"/>
        <source>New contact person</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="398"/>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="446"/>
        <source>New relation</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="466"/>
        <source>New opening</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="168"/>
        <source>Choose an organisation</source>
        <translation>Choisir une organisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="169"/>
        <source>Words of the name, the place, or the company number...</source>
        <translation>Mots du nom, la commune ou le numéro d&apos;entreprise...</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="103"/>
        <source>Name, place, what they do or seek, company number...</source>
        <translation>Nom, lieu, activité ou besoins, SIREN...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="104"/>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="106"/>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="106"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="113"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="108"/>
        <source>Any supply chain</source>
        <translation>Toute filière</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="108"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="114"/>
        <source>Supply chain</source>
        <translation>Filière</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="115"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="116"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="117"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="118"/>
        <source>Open openings</source>
        <translation>Offres ouvertes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="119"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="122"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="124"/>
        <source>New organisation...</source>
        <translation>Nouvelle organisation...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="125"/>
        <source>Open...</source>
        <translation>Ouvrir...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="179"/>
        <source>No organisation matches. Record one with “New organisation”.</source>
        <translation>Aucune organisation trouvée. Enregistrez-en une avec «&#xa0;Nouvelle organisation&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/organisations_page.py" line="181"/>
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="183"/>
        <source>%1 organisations: the first %2 are shown; add a word.</source>
        <translation>%1 organisations&#xa0;: les %2 premières sont affichées&#xa0;; ajoutez un mot.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="194"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="65"/>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="66"/>
        <source>Save as...</source>
        <translation>Enregistrer sous...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="151"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="157"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/i18n.py" line="85"/>
        <source>As the desk</source>
        <translation>Comme l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/i18n.py" line="88"/>
        <location filename="../../deskapp/ui/pdf_preview.py" line="82"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="91"/>
        <source>Search by surname, name, NIR, phone, e-mail, municipality...</source>
        <translation>Chercher par nom, prénom, NIR, téléphone, courriel, commune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="93"/>
        <source>Search by surname, name, codice fiscale, phone, e-mail, municipality...</source>
        <translation>Chercher par nom, prénom, codice fiscale, téléphone, courriel, commune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="94"/>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="98"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="98"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="101"/>
        <source>Any employment status</source>
        <translation>Toute situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="101"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="103"/>
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="103"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="105"/>
        <source>Any project stage</source>
        <translation>Toute étape de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="105"/>
        <source>Project stage</source>
        <translation>Étape du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="108"/>
        <source>Any first contact</source>
        <translation>Tout premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="110"/>
        <source>First contact: last 30 days</source>
        <translation>Premier contact&#xa0;: 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="111"/>
        <source>First contact: last 12 months</source>
        <translation>Premier contact&#xa0;: 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="112"/>
        <source>First contact: this year</source>
        <translation>Premier contact&#xa0;: cette année</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="113"/>
        <source>First contact: last year</source>
        <translation>Premier contact&#xa0;: l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="115"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="134"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="155"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="156"/>
        <source>Ctrl+N: prefilled with what is in the search box</source>
        <translation>Ctrl+N&#xa0;: pré-remplie avec le contenu de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="238"/>
        <source>At least %Ln people, counting...</source>
        <translation>
            <numerusform>Au moins %Ln personne, décompte en cours...</numerusform>
            <numerusform>Au moins %Ln personnes, décompte en cours...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="241"/>
        <location filename="../../deskapp/ui/people_page.py" line="285"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="246"/>
        <source>No one matches. Change the search or the filters.</source>
        <translation>Personne ne correspond. Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="249"/>
        <source>Nobody is registered yet. Press Ctrl+N to register the first person, or try the app with invented people: &apos;deskapp demo&apos;.</source>
        <translation>Personne n&apos;est encore enregistré. Appuyez sur Ctrl+N pour enregistrer la première personne, ou essayez l&apos;application avec des personnes fictives&#xa0;: «&#xa0;deskapp demo&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="277"/>
        <source>At least %Ln people</source>
        <translation>
            <numerusform>Au moins %Ln personne</numerusform>
            <numerusform>Au moins %Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="115"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="117"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="118"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="301"/>
        <location filename="../../deskapp/ui/person_form.py" line="444"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="120"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="121"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="122"/>
        <source>Birthplace</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="123"/>
        <source>Citizenship (e.g. IT)</source>
        <translation>Nationalité (par ex. FR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="129"/>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="131"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="132"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="133"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="134"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="135"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="139"/>
        <source>Work situation</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="143"/>
        <source>Employment status</source>
        <translation>Situation face à l&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="146"/>
        <source>Unemployed since</source>
        <translation>Sans emploi depuis</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="148"/>
        <source>Previous employer</source>
        <translation>Dernier employeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="151"/>
        <source>Previous employer in crisis</source>
        <translation>Dernier employeur en difficulté</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="156"/>
        <source>Education (ISCED)</source>
        <translation>Niveau d&apos;études (CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="161"/>
        <source>How they reached the desk</source>
        <translation>Comment la personne a connu l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="164"/>
        <source>First contact date</source>
        <translation>Date du premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="168"/>
        <source>Special categories (optional)</source>
        <translation>Catégories particulières (facultatives)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="173"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="182"/>
        <source>Sensitive data: ask only if the person agrees. “Declined to answer” is recorded as such; “Not asked” leaves it blank.</source>
        <translation>Données sensibles, avec l&apos;accord de la personne. «&#xa0;Ne souhaite pas répondre&#xa0;» est noté&#xa0;; «&#xa0;Non demandé&#xa0;» reste vide.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="201"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="219"/>
        <location filename="../../deskapp/ui/person_form.py" line="222"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="288"/>
        <source>Registered at France Travail on</source>
        <translation>Inscrit à France Travail le</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="293"/>
        <source>France Travail category</source>
        <translation>Catégorie France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="300"/>
        <source>Social security no. (NIR)</source>
        <translation>N° de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="311"/>
        <source>Add a NIR</source>
        <translation>Ajouter un NIR</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="313"/>
        <source>The French social security number, for a person who has one</source>
        <translation>Le numéro de sécurité sociale français, pour une personne qui en a un</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="316"/>
        <source>Add a codice fiscale</source>
        <translation>Ajouter un codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="317"/>
        <source>The Italian tax code, for a person who has one</source>
        <translation>Le code fiscal italien (codice fiscale), pour une personne qui en a un</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="334"/>
        <source>Privacy (required before the first save)</source>
        <translation>Protection des données (obligatoire avant le premier enregistrement)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="338"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="341"/>
        <source>Privacy notice version</source>
        <translation>Version de la notice d&apos;information</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="342"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="367"/>
        <source>Anonymised person no. %1</source>
        <translation>Personne anonymisée n° %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="415"/>
        <source>Anonymised on %1 (right to erasure): only anonymous facts are kept and the record can no longer be changed.</source>
        <translation>Anonymisée le %1 (droit à l&apos;effacement)&#xa0;: seuls des faits anonymes sont gardés et la fiche ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="510"/>
        <source>The saved version is shown; your changes were dropped.</source>
        <translation>La version enregistrée est affichée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="513"/>
        <source>Not saved: someone else saved this person first.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a enregistré cette personne avant vous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="548"/>
        <source>Open person no. %1</source>
        <translation>Ouvrir la personne n° %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="552"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs suivis d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="569"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesPanel</name>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="119"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Score</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="106"/>
        <source>Openings that fit</source>
        <translation>Offres qui correspondent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="108"/>
        <source>Propose...</source>
        <translation>Proposer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="113"/>
        <source>Firms that fit</source>
        <translation>Entreprises qui correspondent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="118"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="120"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="121"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="123"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="129"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="125"/>
        <source>Next step...</source>
        <translation>Étape suivante...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="127"/>
        <source>Openings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="128"/>
        <source>Firms</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="151"/>
        <source>No consent to be proposed to employers and projects: record it under Privacy before proposing this person. Nothing is matched until then.</source>
        <translation>Pas de consentement à être proposé aux employeurs et aux projets&#xa0;: enregistrez-le sous Protection des données avant de proposer cette personne. Aucune recherche d&apos;ici là.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="163"/>
        <source>No open opening fits these skills: record the person&apos;s skills, or look again later.</source>
        <translation>Aucune offre ouverte ne correspond à ces compétences&#xa0;: enregistrez les compétences de la personne ou revenez plus tard.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="172"/>
        <source>No firm of the network fits these skills.</source>
        <translation>Aucune entreprise du réseau ne correspond à ces compétences.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="187"/>
        <source>No proposal yet: choose an opening and “Propose”.</source>
        <translation>Aucune proposition&#xa0;: choisissez une offre, puis «&#xa0;Proposer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="212"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="222"/>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="125"/>
        <source>Choose people</source>
        <translation>Choisir des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="125"/>
        <source>Choose a person</source>
        <translation>Choisir une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="126"/>
        <source>Surname, name or codice fiscale...</source>
        <translation>Nom, prénom ou codice fiscale...</translation>
    </message>
</context>
<context>
    <name>PersonProjectsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="200"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="201"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="202"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="203"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="204"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="206"/>
        <source>Projects of the person</source>
        <translation>Projets de la personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="226"/>
        <source>Not in any project yet.</source>
        <translation>Dans aucun projet pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="258"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="261"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="262"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="265"/>
        <source>Dossier (PDF)...</source>
        <translation>Dossier (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="266"/>
        <source>Ctrl+P: preview, print or save the dossier</source>
        <translation>Ctrl+P&#xa0;: aperçu, impression ou enregistrement du dossier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="269"/>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="272"/>
        <source>Right of access: save the dossier and the data (JSON)...</source>
        <translation>Droit d&apos;accès&#xa0;: enregistrer le dossier et les données (JSON)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="276"/>
        <source>Right to erasure: anonymise this person...</source>
        <translation>Droit à l&apos;effacement&#xa0;: anonymiser cette personne...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="282"/>
        <source>Right to erasure: anonymise this person (administrators)</source>
        <translation>Droit à l&apos;effacement&#xa0;: anonymiser cette personne (administrateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="316"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="317"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="318"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="319"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="320"/>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="353"/>
        <source>Person dossier</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="370"/>
        <source>Folder for the right-of-access files</source>
        <translation>Dossier pour les fichiers du droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="389"/>
        <location filename="../../deskapp/ui/person_record.py" line="406"/>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="397"/>
        <source>Written:
%1
%2</source>
        <translation>Écrits&#xa0;:
%1
%2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="416"/>
        <source>Anonymise %1</source>
        <translation>Anonymiser %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="419"/>
        <source>Names, codice fiscale, birthplace, contacts, address, previous employer and every free-text note of this person are erased for good. Sex, year of birth, education, work situation, the services received and the projects stay, anonymous, for the reports the funders need.

Copies made before (backups, printed or exported files) are not touched. This cannot be undone.</source>
        <translation>Noms, numéro fiscal, lieu de naissance, coordonnées, adresse, employeur précédent et toutes les notes libres de cette personne sont effacés définitivement. Sexe, année de naissance, formation, situation professionnelle, les services reçus et les projets restent, anonymes, pour les rapports des financeurs.

Les copies faites avant (sauvegardes, fichiers imprimés ou exportés) ne sont pas touchées. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="427"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="437"/>
        <source>Not anonymised</source>
        <translation>Non anonymisée</translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="202"/>
        <source>A few letters, then Enter</source>
        <translation>Quelques lettres, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="204"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="206"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="411"/>
        <source>The sources of funds ({sources}) do not cover the investments and the starting working capital ({uses}): {shortfall} is missing.</source>
        <translation>Les ressources ({sources}) ne couvrent pas les investissements et le besoin en fonds de roulement initial ({uses})&#xa0;: il manque {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="428"/>
        <source>Cash is negative at the end of {year}: {cash}.</source>
        <translation>La trésorerie est négative fin {year}&#xa0;: {cash}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="437"/>
        <source>In {year} the operating cash flow does not cover the loan instalments (coverage {ratio}).</source>
        <translation>En {year}, le flux de trésorerie d&apos;exploitation ne couvre pas les échéances des prêts (couverture {ratio}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="458"/>
        <source>The CFI equity in the plan ({equity}) is more than CFI can put in: {max} ({multiple} times the capital paid in).</source>
        <translation>La participation CFI du plan ({equity}) dépasse ce que CFI peut apporter&#xa0;: {max} ({multiple} fois le capital versé).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="124"/>
        <source>{count} worker-members: CFI asks for at least {minimum}.</source>
        <translation>{count} associés salariés&#xa0;: CFI en demande au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="129"/>
        <source>{count} worker-members put in less than {minimum} each: {names}.</source>
        <translation>{count} associés salariés apportent moins de {minimum} chacun&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="134"/>
        <source>Every worker-member puts in at least {minimum}.</source>
        <translation>Chaque associé salarié apporte au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="143"/>
        <source>Capital paid in {paid} of {pledged} pledged: at least {share}% must be paid up.</source>
        <translation>Capital versé {paid} sur {pledged} souscrit&#xa0;: au moins {share} % doit être versé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="226"/>
        <source>The members have pledged no capital yet: in a SCOP the employee-members hold at least {minimum}% of it.</source>
        <translation>Les associés n&apos;ont encore souscrit aucun capital&#xa0;: dans une SCOP, les associés salariés en détiennent au moins {minimum} %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="239"/>
        <source>Employee-members hold {share}% of the capital ({capital} of {total}): a SCOP needs at least {minimum}%.</source>
        <translation>Les associés salariés détiennent {share} % du capital ({capital} sur {total})&#xa0;: une SCOP en demande au moins {minimum} %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="245"/>
        <source>Employee-members hold {share}% of the capital ({capital} of {total}), at least {minimum}%.</source>
        <translation>Les associés salariés détiennent {share} % du capital ({capital} sur {total}), au moins {minimum} %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="264"/>
        <source>Employee-members have {share}% of the votes ({votes} of {members} members, one member one vote): a SCOP needs at least {minimum}%.</source>
        <translation>Les associés salariés ont {share} % des voix ({votes} associés sur {members}, une personne une voix)&#xa0;: une SCOP en demande au moins {minimum} %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="270"/>
        <source>Employee-members have {share}% of the votes ({votes} of {members} members, one member one vote), at least {minimum}%.</source>
        <translation>Les associés salariés ont {share} % des voix ({votes} associés sur {members}, une personne une voix), au moins {minimum} %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="287"/>
        <source>Employee-members: {count}; a SCOP SA needs at least {minimum}.</source>
        <translation>Associés salariés&#xa0;: {count}&#xa0;; une SCOP SA en demande au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="291"/>
        <location filename="../../deskapp/services/plan_rules.py" line="297"/>
        <source>Employee-members: {count}, at least {minimum}.</source>
        <translation>Associés salariés&#xa0;: {count}, au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="295"/>
        <source>Employee-members: {count}; a SCOP needs at least {minimum}.</source>
        <translation>Associés salariés&#xa0;: {count}&#xa0;; une SCOP en demande au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="309"/>
        <source>{names} holds more than {maximum}% of the capital: no member of a SCOP may.</source>
        <translation>{names} détient plus de {maximum} % du capital&#xa0;: aucun associé d&apos;une SCOP ne le peut.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="314"/>
        <source>No member holds more than {maximum}% of the capital.</source>
        <translation>Aucun associé ne détient plus de {maximum} % du capital.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="252"/>
        <source>The source {source} ({amount}) was drawn from a NASpI advance or ARCE application, which belongs in the members&apos; capital: if a member&apos;s pledge already includes it, it is counted twice. Remove the source, or record it as the member&apos;s part of the capital.</source>
        <translation>La ressource {source} ({amount}) provient d&apos;une demande d&apos;avance NASpI ou d&apos;ARCE, qui fait partie du capital des associés&#xa0;: si la part souscrite par un associé l&apos;inclut déjà, elle est comptée deux fois. Supprimez la ressource, ou saisissez-la comme part de l&apos;associé dans le capital.</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="218"/>
        <source>thousand EUR</source>
        <translation>milliers d&apos;EUR</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="110"/>
        <source>Loan terms: %1</source>
        <translation>Conditions du prêt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="122"/>
        <source>Annual rate</source>
        <translation>Taux annuel</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="123"/>
        <source>Repayment years</source>
        <translation>Durée de remboursement (ans)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="124"/>
        <source>Grace years (interest only)</source>
        <translation>Différé (ans, intérêts seuls)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="172"/>
        <location filename="../../deskapp/ui/plan_editor.py" line="174"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="179"/>
        <source>Freeze a version...</source>
        <translation>Figer une version...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="181"/>
        <source>Keep the plan as it is now under a name, e.g. &apos;submitted to CFI&apos;</source>
        <translation>Garder le plan tel qu&apos;il est sous un nom, par ex. «&#xa0;présenté à France Active&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="184"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="188"/>
        <source>Add approved funding</source>
        <translation>Ajouter un financement accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="192"/>
        <source>Document (PDF)...</source>
        <translation>Document (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="193"/>
        <source>Ctrl+P: preview, print or save the plan</source>
        <translation>Ctrl+P&#xa0;: aperçu, impression ou enregistrement du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="214"/>
        <source>3 years</source>
        <translation>3 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="215"/>
        <source>5 years</source>
        <translation>5 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="256"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="267"/>
        <source>Add investment</source>
        <translation>Ajouter un investissement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="268"/>
        <source>Useful life 0: not depreciated (land, deposits).</source>
        <translation>Durée 0&#xa0;: non amorti (terrains, dépôts de garantie).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="284"/>
        <source>Add source</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="296"/>
        <source>Add loan</source>
        <translation>Ajouter un prêt</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="307"/>
        <source>Add product or service</source>
        <translation>Ajouter un produit ou service</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="317"/>
        <source>Add role</source>
        <translation>Ajouter une fonction</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="323"/>
        <source>Add fixed cost</source>
        <translation>Ajouter une charge fixe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="329"/>
        <source>Add variable cost</source>
        <translation>Ajouter une charge variable</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="356"/>
        <source>Sources of funds</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="358"/>
        <source>Costs</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="373"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="485"/>
        <source>Members&apos; capital %1 (of which ARCE %2) comes from the project&apos;s members: change it on the project&apos;s Members tab.</source>
        <translation>Le capital des associés %1 (dont ARCE %2) vient des associés du projet&#xa0;: il se modifie dans l&apos;onglet Associés et capital du projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="554"/>
        <source>Not saved: correct the cells marked with a warning sign.</source>
        <translation>Non enregistré&#xa0;: corrigez les cellules marquées d&apos;un avertissement.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="494"/>
        <source>Members&apos; capital %1 (of which TFR %2, NASpI advance %3) comes from the project&apos;s members: change it on the project&apos;s Members tab.</source>
        <translation>Le capital des associés %1 (dont TFR %2, avance NASpI %3) vient des associés du projet&#xa0;: il se modifie dans l&apos;onglet Associés et capital du projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="518"/>
        <source>Plan: %1</source>
        <translation>Plan&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="531"/>
        <source>New plan, not saved yet</source>
        <translation>Nouveau plan, pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="87"/>
        <location filename="../../deskapp/ui/plan_editor.py" line="533"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="89"/>
        <source>The plan on screen has changes that are not saved. Save them and print the plan, or print what is on screen as an unsaved draft (the document says so)?</source>
        <translation>Le plan à l&apos;écran a des modifications non enregistrées. Les enregistrer et imprimer le plan, ou imprimer ce qui est à l&apos;écran comme brouillon non enregistré (le document l&apos;indique)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="96"/>
        <source>Save and print</source>
        <translation>Enregistrer et imprimer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="100"/>
        <source>Print the unsaved draft</source>
        <translation>Imprimer le brouillon non enregistré</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="467"/>
        <source>The figures wait for these corrections (cells marked with a warning sign):</source>
        <translation>Les chiffres attendent ces corrections (cellules marquées d&apos;un avertissement)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="535"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="566"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="581"/>
        <source>The saved plan is shown; your changes were dropped.</source>
        <translation>Le plan enregistré est affiché&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="584"/>
        <source>Not saved: someone else saved this plan first.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a enregistré ce plan avant vous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="591"/>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="594"/>
        <source>Someone else saved this plan after you opened it. Keep your plan (theirs is replaced) or show theirs (your changes are dropped)?</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce plan après que vous l&apos;avez ouvert. Garder votre plan (le sien est remplacé) ou afficher le sien (vos modifications sont abandonnées)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="598"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="599"/>
        <source>Show theirs</source>
        <translation>Afficher le sien</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="615"/>
        <source>Freeze a version</source>
        <translation>Figer une version</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="616"/>
        <source>Name of the version (e.g. &apos;submitted to CFI, %1&apos;):</source>
        <translation>Nom de la version (par ex. «&#xa0;présenté à la banque, %1&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="629"/>
        <source>Version &apos;%1&apos; frozen.</source>
        <translation>Version «&#xa0;%1&#xa0;» figée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="636"/>
        <source>No frozen versions yet</source>
        <translation>Aucune version figée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="646"/>
        <source>Correct the plan before comparing it.</source>
        <translation>Corrigez le plan avant de le comparer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="674"/>
        <source>No approved application left to add (see the project&apos;s Funding tab)</source>
        <translation>Aucune demande accordée à ajouter (voir l&apos;onglet Financements du projet)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="683"/>
        <source>%1: already in the members&apos; capital (Members and capital tab)</source>
        <translation>%1&#xa0;: déjà dans le capital des associés (onglet Associés et capital)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="694"/>
        <source>Correct the plan before adding funding to it.</source>
        <translation>Corrigez le plan avant d&apos;y ajouter un financement.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="738"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>ProjectMatchesPanel</name>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="250"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="251"/>
        <source>Skills wanted</source>
        <translation>Compétences demandées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="252"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="253"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="254"/>
        <source>Filled</source>
        <translation>Pourvus</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="257"/>
        <source>Roles the project needs</source>
        <translation>Rôles dont le projet a besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="259"/>
        <source>Add role...</source>
        <translation>Ajouter un rôle...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="260"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="261"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="432"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <source>Score</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="266"/>
        <source>People who fit the role</source>
        <translation>Personnes qui correspondent au rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="268"/>
        <source>Open person</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="269"/>
        <source>Propose...</source>
        <translation>Proposer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="273"/>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="277"/>
        <source>Premises, land and machinery nearby</source>
        <translation>Locaux, terrains et équipements à proximité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="281"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="293"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="283"/>
        <source>Next step...</source>
        <translation>Étape suivante...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="290"/>
        <source>Roles and people</source>
        <translation>Rôles et personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="291"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="292"/>
        <source>Resources nearby</source>
        <translation>Ressources à proximité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="320"/>
        <source>No role recorded: add the roles the project still needs filled.</source>
        <translation>Aucun rôle&#xa0;: ajoutez les rôles que le projet doit encore pourvoir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="333"/>
        <source>No partner organisation fits this project&apos;s sector or chain.</source>
        <translation>Aucune organisation partenaire ne correspond au secteur ou à la filière du projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="337"/>
        <source>No free premises, land or machinery fits.</source>
        <translation>Aucun local, terrain ou équipement libre ne convient.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="346"/>
        <source>No proposal yet: choose a role, a person, and “Propose”.</source>
        <translation>Aucune proposition&#xa0;: choisissez un rôle, une personne, puis «&#xa0;Proposer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="357"/>
        <source>Choose a role to see who fits it.</source>
        <translation>Choisissez un rôle pour voir qui y correspond.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="359"/>
        <source>Every post of this role is filled.</source>
        <translation>Tous les postes de ce rôle sont pourvus.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="363"/>
        <source>Nobody who agreed to be proposed has these skills. Try other words.</source>
        <translation>Aucune personne d&apos;accord pour être proposée n&apos;a ces compétences. Essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="400"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="433"/>
        <source>Remove the role %1 and its proposals?</source>
        <translation>Supprimer le rôle %1 et ses propositions&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="441"/>
        <source>Not removed</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="462"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="476"/>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="149"/>
        <source>SIREN (9 digits) or SIRET (14 digits)</source>
        <translation>SIREN (9 chiffres) ou SIRET (14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="151"/>
        <source>Partita IVA (11 digits)</source>
        <translation>Partita IVA (11 chiffres)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="163"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="166"/>
        <source>The project&apos;s stage: click to move it to another</source>
        <translation>L&apos;étape du projet&#xa0;: cliquez pour la changer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="168"/>
        <source>Move to stage</source>
        <translation>Changer d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="175"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="179"/>
        <location filename="../../deskapp/ui/project_page.py" line="329"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="184"/>
        <source>The business plan: sections, financial model, versions, document</source>
        <translation>Le plan d&apos;affaires&#xa0;: sections, modèle financier, versions, document</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="191"/>
        <source>Summary (PDF)...</source>
        <translation>Synthèse (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="192"/>
        <source>Ctrl+P: preview, print or save the summary</source>
        <translation>Ctrl+P&#xa0;: aperçu, impression ou enregistrement de la synthèse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="204"/>
        <location filename="../../deskapp/ui/project_page.py" line="207"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="260"/>
        <source>Save the project to add members, checklist and funding.</source>
        <translation>Enregistrez le projet pour ajouter associés, tâches et financements.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="261"/>
        <source>Members</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="297"/>
        <source>Members and capital</source>
        <translation>Associés et capital</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="298"/>
        <source>Checklist</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="299"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="300"/>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="301"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="302"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="303"/>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="316"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="321"/>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="322"/>
        <source>Opens the list of stages to move the project to.</source>
        <translation>Ouvre la liste des étapes vers lesquelles déplacer le projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="343"/>
        <source>Business plan: not started</source>
        <translation>Plan d&apos;affaires&#xa0;: pas commencé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="346"/>
        <source>Business plan: draft</source>
        <translation>Plan d&apos;affaires&#xa0;: brouillon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_page.py" line="347"/>
        <source>Business plan: draft, %n version(s) frozen</source>
        <translation>
            <numerusform>Plan d&apos;affaires&#xa0;: brouillon, %n version figée</numerusform>
            <numerusform>Plan d&apos;affaires&#xa0;: brouillon, %n versions figées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="370"/>
        <source>Only for a workers buyout or a spin-off.</source>
        <translation>Seulement pour une reprise par les salariés ou un essaimage.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="415"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs suivis d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="427"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="443"/>
        <source>The saved version is shown; your changes were dropped.</source>
        <translation>La version enregistrée est affichée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="446"/>
        <source>Not saved: someone else saved this project first.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a enregistré ce projet avant vous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="487"/>
        <source>Project summary</source>
        <translation>Synthèse du projet</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="146"/>
        <source>Choose a project</source>
        <translation>Choisir un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="147"/>
        <source>Words of the title or origin company...</source>
        <translation>Titre ou entreprise d&apos;origine...</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="247"/>
        <source>Words of the title or origin company...</source>
        <translation>Titre ou entreprise d&apos;origine...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="250"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="254"/>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="255"/>
        <source>Any stage</source>
        <translation>Toute étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="259"/>
        <source>Any lead operator</source>
        <translation>Tout conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="263"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="300"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="254"/>
        <location filename="../../deskapp/ui/projects_page.py" line="301"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="255"/>
        <location filename="../../deskapp/ui/projects_page.py" line="302"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="250"/>
        <location filename="../../deskapp/ui/projects_page.py" line="303"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="247"/>
        <source>Search projects</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="256"/>
        <source>Sector code, e.g. 25</source>
        <translation>Code secteur, p. ex. 25</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="256"/>
        <source>Sector code</source>
        <translation>Code secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="261"/>
        <location filename="../../deskapp/ui/projects_page.py" line="304"/>
        <source>Lead operator</source>
        <translation>Conseiller référent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="305"/>
        <source>Members</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="306"/>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="309"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="315"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="316"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="382"/>
        <source>No project matches. Change the filters, or start a new project.</source>
        <translation>Aucun projet ne correspond. Modifiez les filtres, ou créez un nouveau projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="386"/>
        <source>%Ln projects</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="405"/>
        <source>No stage that way: use the Menu key, Move to.</source>
        <translation>Aucune étape dans ce sens&#xa0;: utilisez la touche Menu, Déplacer vers.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="425"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="426"/>
        <source>Move to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="461"/>
        <source>%1 moved to %2.</source>
        <translation>%1 déplacé vers %2.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="79"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="80"/>
        <source>Close without saving what you typed?</source>
        <translation>Fermer sans enregistrer ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="97"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs suivis d&apos;un message.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="118"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="119"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="120"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="120"/>
        <source>Social security no.</source>
        <translation>N° de sécurité sociale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="121"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="122"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="123"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="231"/>
        <source>(anonymised person no. %1)</source>
        <translation>(personne anonymisée n° %1)</translation>
    </message>
</context>
<context>
    <name>RegistryPlaceDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="52"/>
        <source>Where is the registry?</source>
        <translation>Où se trouve le registre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="53"/>
        <source>On this computer, in a new file (one desk, one PC)</source>
        <translation>Sur cet ordinateur, dans un nouveau fichier (une antenne, un PC)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="55"/>
        <source>On a shared server (several PCs, or a whole region, on one registry)</source>
        <translation>Sur un serveur partagé (plusieurs PC, ou toute une région, sur un seul registre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="61"/>
        <source>The file: %1</source>
        <translation>Le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="69"/>
        <source>The address the server&apos;s administrator gave you, without the password: deskapp asks for it when the server wants one (or finds it in PGPASSWORD or ~/.pgpass). Add ?sslmode=verify-full for a connection encrypted and checked.</source>
        <translation>L&apos;adresse que l&apos;administrateur du serveur vous a donnée, sans le mot de passe&#xa0;: deskapp le demande quand le serveur en veut un (ou le trouve dans PGPASSWORD ou ~/.pgpass). Ajoutez ?sslmode=verify-full pour une connexion chiffrée et vérifiée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="77"/>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="86"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="94"/>
        <source>There is no registry on this computer yet. Where should deskapp keep it?</source>
        <translation>Il n&apos;y a pas encore de registre sur cet ordinateur. Où deskapp doit-il le conserver&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="121"/>
        <source>Type the server&apos;s address, postgresql://...</source>
        <translation>Saisissez l&apos;adresse du serveur, postgresql://...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="127"/>
        <source>The address holds a password: leave it out. deskapp asks for it when the server wants one, and never writes it down.</source>
        <translation>L&apos;adresse contient un mot de passe&#xa0;: retirez-le. deskapp le demande quand le serveur en veut un, et ne l&apos;écrit jamais nulle part.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="134"/>
        <source>This is not the address of a PostgreSQL server: it starts with postgresql://, as in postgresql://user@host:5432/database.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;un serveur PostgreSQL&#xa0;: elle commence par postgresql://, comme dans postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="150"/>
        <source>a deskapp registry</source>
        <translation>un registre deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="152"/>
        <source>an empty database, to be set up now</source>
        <translation>une base vide, à préparer maintenant</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="157"/>
        <source>Connected to %1, database %2: %3.</source>
        <translation>Connecté à %1, base %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="249"/>
        <location filename="../../deskapp/reports/dossier.py" line="470"/>
        <source>Person dossier</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="252"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="270"/>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="281"/>
        <source>Work situation</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="302"/>
        <location filename="../../deskapp/reports/dossier.py" line="445"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="395"/>
        <location filename="../../deskapp/reports/project_summary.py" line="92"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="307"/>
        <source>Special categories (optional)</source>
        <translation>Catégories particulières (facultatives)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="314"/>
        <location filename="../../deskapp/services/indicators.py" line="110"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="320"/>
        <source>Consent record</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="326"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="329"/>
        <source>Given on</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="330"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="331"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="341"/>
        <location filename="../../deskapp/reports/dossier.py" line="370"/>
        <location filename="../../deskapp/reports/dossier.py" line="399"/>
        <location filename="../../deskapp/reports/dossier.py" line="431"/>
        <location filename="../../deskapp/reports/dossier.py" line="461"/>
        <location filename="../../deskapp/reports/project_summary.py" line="157"/>
        <location filename="../../deskapp/reports/project_summary.py" line="236"/>
        <location filename="../../deskapp/reports/project_summary.py" line="261"/>
        <source>None recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="344"/>
        <source>Needs assessments</source>
        <translation>Diagnostics des besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="351"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="352"/>
        <location filename="../../deskapp/reports/project_summary.py" line="165"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="353"/>
        <source>Needs and outcome</source>
        <translation>Besoins et résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="354"/>
        <location filename="../../deskapp/reports/project_summary.py" line="166"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="372"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="401"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="407"/>
        <location filename="../../deskapp/reports/project_summary.py" line="163"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="408"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="409"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="410"/>
        <location filename="../../deskapp/reports/dossier.py" line="441"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="411"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="259"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="412"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="434"/>
        <source>Projects and roles</source>
        <translation>Projets et rôles</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="442"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="443"/>
        <location filename="../../deskapp/reports/project_summary.py" line="86"/>
        <location filename="../../deskapp/reports/project_summary.py" line="164"/>
        <location filename="../../deskapp/reports/project_summary.py" line="188"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="62"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="632"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="682"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="63"/>
        <source>Variable costs</source>
        <translation>Charges variables</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="64"/>
        <source>Contribution margin</source>
        <translation>Marge sur coûts variables</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="65"/>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="66"/>
        <source>Other fixed costs</source>
        <translation>Autres charges fixes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="67"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="636"/>
        <source>EBITDA</source>
        <translation>EBE (EBITDA)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="68"/>
        <source>Depreciation</source>
        <translation>Amortissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="69"/>
        <source>EBIT</source>
        <translation>Résultat d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="70"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="326"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="71"/>
        <source>Result before tax</source>
        <translation>Résultat avant impôt</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="72"/>
        <source>Taxes</source>
        <translation>Impôts</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="73"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="640"/>
        <source>Net result</source>
        <translation>Résultat net</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="74"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="684"/>
        <source>Break-even revenue</source>
        <translation>Seuil de rentabilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="111"/>
        <source>Unsaved draft, as on screen on {date}</source>
        <translation>Brouillon non enregistré, tel qu&apos;à l&apos;écran le {date}</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="119"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="170"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="175"/>
        <source>Kind of project</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="177"/>
        <source>Planned legal form</source>
        <translation>Forme juridique prévue</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="189"/>
        <source>Origin company</source>
        <translation>Entreprise d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="193"/>
        <source>Years of the plan</source>
        <translation>Années du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="197"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="198"/>
        <source>Working draft</source>
        <translation>Brouillon de travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="201"/>
        <source>Prepared with</source>
        <translation>Préparé avec</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="211"/>
        <source>Amounts in euros. Figures computed by deskapp from the plan&apos;s assumptions; the conventions are listed at the end.</source>
        <translation>Montants en euros. Chiffres calculés par deskapp à partir des hypothèses du plan&#xa0;; les conventions sont indiquées à la fin.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="222"/>
        <source>Points to check</source>
        <translation>Points à vérifier</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="234"/>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="250"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="251"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="324"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="252"/>
        <source>Useful life (years)</source>
        <translation>Durée d&apos;amortissement (ans)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="253"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="586"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="260"/>
        <source>None planned.</source>
        <translation>Aucun prévu.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="289"/>
        <source>Debt service coverage</source>
        <translation>Couverture du service de la dette</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="299"/>
        <source>No loans in the plan.</source>
        <translation>Aucun prêt dans le plan.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="302"/>
        <source>%1: %2 at %3% a year</source>
        <translation>%1&#xa0;: %2 à %3 % par an</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="325"/>
        <source>Owed at start</source>
        <translation>Capital restant dû au début</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="327"/>
        <source>Principal</source>
        <translation>Capital remboursé</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="328"/>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="329"/>
        <source>Owed at end</source>
        <translation>Capital restant dû à la fin</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="344"/>
        <source>Pessimistic: sales %1%, costs %2%. Optimistic: sales %3%, costs %4%.</source>
        <translation>Pessimiste&#xa0;: ventes %1 %, coûts %2 %. Optimiste&#xa0;: ventes %3 %, coûts %4 %.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="364"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="408"/>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="366"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="410"/>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="374"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="403"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="375"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="404"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="386"/>
        <source>CFI can put in at most %1 (%2 times the capital paid in).</source>
        <translation>CFI peut apporter au plus %1 (%2 fois le capital versé).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="423"/>
        <source>The employee-members are the worker-members. The votes are counted one per member (one person, one vote) among the members who pledge capital and the worker-members.</source>
        <translation>Les associés salariés sont les associés salariés du projet. Les voix sont comptées une par associé (une personne, une voix) parmi les associés qui souscrivent du capital et les associés salariés.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="436"/>
        <source>How the figures are computed</source>
        <translation>Comment les chiffres sont calculés</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="443"/>
        <source>Amounts are rounded to the cent line by line; totals are sums of the rounded lines.</source>
        <translation>Les montants sont arrondis au centime ligne par ligne&#xa0;; les totaux sont les sommes des lignes arrondies.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="447"/>
        <source>Loans are repaid in yearly constant instalments (French amortisation) after the grace years, in which only interest is paid.</source>
        <translation>Les prêts sont remboursés par annuités constantes après les années de différé, pendant lesquelles seuls les intérêts sont payés.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="452"/>
        <source>Depreciation is straight-line over each investment&apos;s useful life.</source>
        <translation>Les amortissements sont linéaires sur la durée de chaque investissement.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="455"/>
        <source>Taxes are the tax rate on a positive result before tax, year by year, with no losses carried forward.</source>
        <translation>Les impôts sont le taux appliqué au résultat avant impôt positif, année par année, sans report des pertes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="460"/>
        <source>All sources of funds arrive in the first year; the starting working capital is used in the first year.</source>
        <translation>Toutes les ressources arrivent la première année&#xa0;; le besoin en fonds de roulement initial est employé la première année.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="465"/>
        <source>Break-even revenue: the revenue at which the result before tax is nil with the same cost structure. Debt service coverage: (EBITDA - taxes) / (interest + principal).</source>
        <translation>Seuil de rentabilité&#xa0;: le chiffre d&apos;affaires auquel le résultat avant impôt est nul, à structure de coûts égale. Couverture du service de la dette&#xa0;: (EBE - impôts) / (intérêts + capital remboursé).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="515"/>
        <source>of which ARCE</source>
        <translation>dont ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="545"/>
        <source>Member</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="546"/>
        <location filename="../../deskapp/reports/dossier.py" line="444"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="547"/>
        <source>Capital pledged</source>
        <translation>Capital souscrit</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="548"/>
        <source>Paid in</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="512"/>
        <source>of which TFR</source>
        <translation>dont TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="181"/>
        <location filename="../../deskapp/reports/project_summary.py" line="88"/>
        <source>Sector of activity</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="513"/>
        <source>of which NASpI</source>
        <translation>dont NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="562"/>
        <source>loan</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="564"/>
        <source>Members&apos; capital</source>
        <translation>Capital des associés</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="72"/>
        <source>of which from TFR</source>
        <translation>dont TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="73"/>
        <source>of which from NASpI advance</source>
        <translation>dont avance NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="75"/>
        <source>of which from ARCE</source>
        <translation>dont ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="574"/>
        <source>Total sources</source>
        <translation>Total des ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="240"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="575"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="600"/>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="80"/>
        <source>Proposers and team</source>
        <translation>Porteurs du projet et équipe</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="81"/>
        <source>The idea, products and services</source>
        <translation>L&apos;idée, les produits et services</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="82"/>
        <source>Market and competitors</source>
        <translation>Marché et concurrence</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="83"/>
        <source>Marketing and sales</source>
        <translation>Marketing et ventes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="84"/>
        <source>Organisation and premises</source>
        <translation>Organisation et locaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="85"/>
        <source>SWOT analysis</source>
        <translation>Analyse SWOT</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="262"/>
        <source>Sources and uses of funds</source>
        <translation>Plan de financement&#xa0;: ressources et emplois</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="266"/>
        <source>Profit and loss</source>
        <translation>Compte de résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="279"/>
        <source>Cash flow</source>
        <translation>Plan de trésorerie</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="297"/>
        <source>Loan repayment schedules</source>
        <translation>Tableaux d&apos;amortissement des prêts</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="339"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="361"/>
        <source>CFI entry conditions</source>
        <translation>Conditions d&apos;entrée de CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="399"/>
        <source>SCOP conditions</source>
        <translation>Conditions de la SCOP</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="576"/>
        <source>Starting working capital</source>
        <translation>Besoin en fonds de roulement initial</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="577"/>
        <source>Total uses</source>
        <translation>Total des emplois</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="579"/>
        <source>Sources less uses</source>
        <translation>Ressources moins emplois</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="594"/>
        <source>Cash at start</source>
        <translation>Trésorerie au début</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="595"/>
        <source>Funds received</source>
        <translation>Ressources reçues</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="597"/>
        <source>Net result + depreciation</source>
        <translation>Résultat net + amortissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="602"/>
        <source>Working capital</source>
        <translation>Fonds de roulement</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="606"/>
        <source>Loan principal repaid</source>
        <translation>Capital des prêts remboursé</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="609"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="644"/>
        <source>Cash at end</source>
        <translation>Trésorerie à la fin</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="617"/>
        <source>Pessimistic</source>
        <translation>Pessimiste</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="618"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="619"/>
        <source>Optimistic</source>
        <translation>Optimiste</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="683"/>
        <source>Total costs</source>
        <translation>Coûts totaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/pdf.py" line="284"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/pdf.py" line="285"/>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="77"/>
        <source>Project summary</source>
        <translation>Synthèse du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="82"/>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="120"/>
        <source>Members and capital</source>
        <translation>Associés et capital</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="246"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="533"/>
        <location filename="../../deskapp/reports/project_summary.py" line="136"/>
        <location filename="../../deskapp/services/placements.py" line="80"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="137"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="146"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="159"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="184"/>
        <source>Checklist</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="189"/>
        <source>Step</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="190"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="206"/>
        <source>Funding applications</source>
        <translation>Demandes de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="238"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="252"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="253"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="187"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="345"/>
        <source>Coordinator report</source>
        <translation>Rapport de coordination</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="106"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="70"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="103"/>
        <source>Desk: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="105"/>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="111"/>
        <source>Every figure is shown: no count is hidden.</source>
        <translation>Tous les chiffres sont affichés&#xa0;: aucun effectif n&apos;est masqué.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="114"/>
        <source>Counts of people below %1 are hidden, and so are as many other cells as it takes that none of them can be worked out from the totals; every hidden cell reads &apos;%2&apos;.</source>
        <translation>Les effectifs inférieurs à %1 personnes sont masqués, ainsi qu&apos;autant d&apos;autres cellules qu&apos;il en faut pour qu&apos;aucun ne puisse être déduit des totaux&#xa0;; chaque cellule masquée indique «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="127"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="128"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="129"/>
        <source>Counts hidden below</source>
        <translation>Effectifs masqués en dessous de</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="130"/>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="131"/>
        <source>Participants (each counted once)</source>
        <translation>Participants (chacun compté une fois)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="132"/>
        <source>none (every figure shown)</source>
        <translation>aucun (tous les chiffres affichés)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="208"/>
        <source>Participants (each counted once): %1</source>
        <translation>Participants (chacun compté une fois)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="250"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="251"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="253"/>
        <source>Disadvantage</source>
        <translation>Désavantage</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="254"/>
        <source>New by month</source>
        <translation>Nouveaux par mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="256"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="257"/>
        <source>Stage movements</source>
        <translation>Changements d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="260"/>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="261"/>
        <source>In employment</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="263"/>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="265"/>
        <source>Participants, each under a pseudonym drawn for this file only</source>
        <translation>Participants, chacun sous un pseudonyme tiré pour ce seul fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="273"/>
        <source>The %1 participants are listed in the file %2, beside this workbook, one a line, with the columns below: more than %3 rows are too many for a sheet.</source>
        <translation>Les %1 participants sont listés dans le fichier %2, à côté de ce classeur, un par ligne, avec les colonnes ci-dessous&#xa0;: plus de %3 lignes, c&apos;est trop pour une feuille.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="445"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="446"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="264"/>
        <location filename="../../deskapp/services/indicators.py" line="437"/>
        <location filename="../../deskapp/services/placements.py" line="75"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="389"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="249"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="390"/>
        <location filename="../../deskapp/services/indicators.py" line="443"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="391"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="392"/>
        <location filename="../../deskapp/services/indicators.py" line="464"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="393"/>
        <source>Education (ISCED group)</source>
        <translation>Niveau d&apos;études (groupe CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="394"/>
        <source>First contact (month)</source>
        <translation>Premier contact (mois)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="94"/>
        <location filename="../../deskapp/services/placements.py" line="32"/>
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="95"/>
        <location filename="../../deskapp/services/placements.py" line="33"/>
        <source>25 to 54</source>
        <translation>25 à 54 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="96"/>
        <location filename="../../deskapp/services/placements.py" line="34"/>
        <source>Over 54</source>
        <translation>Plus de 54 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="99"/>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>CITE 0-2 (jusqu&apos;au premier cycle du secondaire)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="100"/>
        <source>ISCED 3-4 (upper and post-secondary)</source>
        <translation>CITE 3-4 (second cycle et post-secondaire)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="101"/>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>CITE 5-8 (supérieur)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="104"/>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="105"/>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="106"/>
        <source>24 months</source>
        <translation>24 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="107"/>
        <source>36 months</source>
        <translation>36 mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="109"/>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="117"/>
        <source>Participants: the people of the desks in scope first contacted, or served, within the period, each counted once.</source>
        <translation>Participants&#xa0;: les personnes des antennes du périmètre contactées pour la première fois, ou accompagnées, pendant la période, chacune comptée une fois.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="122"/>
        <source>Jobs created: the promoters and worker-members of the enterprises created, each person once per enterprise, plus the employees each records besides its members. Financing members and mentors are not jobs. Members and employees as recorded when the report is made.</source>
        <translation>Emplois créés&#xa0;: les porteurs de projet et associés salariés des entreprises créées, chaque personne une fois par entreprise, plus les salariés non associés que chacune déclare. Les associés financeurs et les parrains ne sont pas des emplois. Associés et salariés tels qu&apos;enregistrés au moment du rapport.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="440"/>
        <source>Participants by gender</source>
        <translation>Participants par genre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="450"/>
        <source>Participants by age at entry</source>
        <translation>Participants par âge à l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="453"/>
        <source>Age at first contact</source>
        <translation>Âge au premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="454"/>
        <source>Age in full years on the day of first contact.</source>
        <translation>Âge en années révolues le jour du premier contact.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="461"/>
        <source>Participants by employment status</source>
        <translation>Participants par situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="471"/>
        <source>Participants by education (ISCED)</source>
        <translation>Participants par niveau d&apos;études (CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="252"/>
        <location filename="../../deskapp/services/indicators.py" line="474"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="482"/>
        <source>Participants by disadvantage</source>
        <translation>Participants par situation de désavantage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="484"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="485"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="486"/>
        <source>Declined to answer</source>
        <translation>Ne souhaite pas répondre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="490"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="491"/>
        <source>Each question&apos;s answers add up to the participants.</source>
        <translation>Pour chaque question, le total des réponses est égal au nombre de participants.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="528"/>
        <source>New participants by month</source>
        <translation>Nouveaux participants par mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="529"/>
        <source>New participants</source>
        <translation>Nouveaux participants</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="531"/>
        <source>Month of first contact</source>
        <translation>Mois du premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="553"/>
        <source>Services delivered</source>
        <translation>Services rendus</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="255"/>
        <location filename="../../deskapp/services/indicators.py" line="554"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="554"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="556"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="558"/>
        <source>Services dated in the period at the desks in scope, with their hours.</source>
        <translation>Services datés de la période dans les antennes du périmètre, avec leurs heures.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="586"/>
        <source>Projects by stage and kind</source>
        <translation>Projets par étape et par type</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="589"/>
        <source>Stage on %2</source>
        <translation>Étape au %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="591"/>
        <source>Projects opened by %2, each in the stage it had reached at the end of that day (from the stage history).</source>
        <translation>Projets ouverts au plus tard le %2, chacun à l&apos;étape atteinte à la fin de ce jour-là (d&apos;après l&apos;historique des étapes).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="616"/>
        <source>Stage movements in the period</source>
        <translation>Changements d&apos;étape sur la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="618"/>
        <source>Projects moved there</source>
        <translation>Projets arrivés à cette étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="619"/>
        <source>Moves</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="622"/>
        <source>Stage reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="624"/>
        <source>Moves dated in the period; opening a project is not a move. Each project counts once per stage it moved to, however many times; the moves column counts every move.</source>
        <translation>Changements d&apos;étape datés de la période&#xa0;; l&apos;ouverture d&apos;un projet n&apos;en est pas un. Chaque projet compte une fois par étape atteinte, quel que soit le nombre de fois&#xa0;; la colonne des changements les compte tous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="258"/>
        <location filename="../../deskapp/services/indicators.py" line="681"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="682"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="685"/>
        <source>Enterprises supported: projects with a service or a stage move in the period.</source>
        <translation>Entreprises accompagnées&#xa0;: projets ayant eu un service ou un changement d&apos;étape pendant la période.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="689"/>
        <source>Enterprises created: start date within the period, follow-up or started reached by %2.</source>
        <translation>Entreprises créées&#xa0;: date de démarrage dans la période, étape Suivi ou Lancée atteinte au plus tard le %2.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="698"/>
        <source>Enterprises supported</source>
        <translation>Entreprises accompagnées</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="701"/>
        <source>Enterprises created</source>
        <translation>Entreprises créées</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="705"/>
        <source>Jobs created (members and employees of those enterprises)</source>
        <translation>Emplois créés (associés et salariés de ces entreprises)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="746"/>
        <source>Started at least that long before %2</source>
        <translation>Lancées au moins tant de mois avant le %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="747"/>
        <source>Still active at the period&apos;s end</source>
        <translation>Encore actives en fin de période</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="748"/>
        <source>Active that long after starting</source>
        <translation>Actives tant de mois après le démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="751"/>
        <source>Time since the start</source>
        <translation>Temps depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="753"/>
        <source>Enterprises started (start date, follow-up or started reached by %2) at least 6, 12, 24 or 36 months before %2. Active: not abandoned, on %2 or on the day 6, 12, 24 or 36 months after the start.</source>
        <translation>Entreprises lancées (date de démarrage, étape Suivi ou Lancée atteinte au plus tard le %2) au moins 6, 12, 24 ou 36 mois avant le %2. Active&#xa0;: non abandonnée, au %2 ou le jour des 6, 12, 24 ou 36 mois après le démarrage.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="797"/>
        <source>Funding by instrument (EUR)</source>
        <translation>Financements par instrument (EUR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="799"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="800"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="801"/>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="804"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="806"/>
        <source>Requested by submission date, granted by decision date, disbursed by disbursement date, each within the period.</source>
        <translation>Demandé selon la date de dépôt, accordé selon la date de décision, versé selon la date de versement, chacun dans la période.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="744"/>
        <source>Enterprises started, still active after</source>
        <translation>Entreprises lancées, encore actives après</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="626"/>
        <location filename="../../deskapp/ui/plan_statements.py" line="145"/>
        <source>{scenario}: {line}</source>
        <translation>{scenario}&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="25"/>
        <source>Participants in employment after the service</source>
        <translation>Participants en emploi après le service</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="26"/>
        <source>People of the desks in scope recorded as hired, for an opening or a project&apos;s role, on a day within the period; each person once. Age at first contact.</source>
        <translation>Personnes des antennes concernées enregistrées comme embauchées, pour une offre d&apos;emploi ou un rôle de projet, un jour de la période&#xa0;; chaque personne une fois. Âge au premier contact.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="77"/>
        <source>Gender and age at first contact</source>
        <translation>Genre et âge au premier contact</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="63"/>
        <source>Export the registry</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="67"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="68"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="69"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="72"/>
        <source>Export to a file...</source>
        <translation>Exporter dans un fichier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="77"/>
        <source>Semicolon (;): Excel in Italian or French</source>
        <translation>Point-virgule (;)&#xa0;: Excel en italien ou en français</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="78"/>
        <source>Comma (,): Excel in English, other programs</source>
        <translation>Virgule (,)&#xa0;: Excel en anglais, autres programmes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="82"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="83"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="86"/>
        <source>An Excel workbook (.xlsx) or a CSV file. Exports contain personal data: keep the file safe. Every export is recorded in the audit trail.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV. Les exports contiennent des données personnelles&#xa0;: conservez le fichier en lieu sûr. Chaque export est inscrit au journal des opérations.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="94"/>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="98"/>
        <source>From an .xlsx or .csv file with one row per person (same columns as the export). Every row is checked first: if any row has an error, nothing is imported and the errors are listed by line.</source>
        <translation>Depuis un fichier .xlsx ou .csv avec une ligne par personne (mêmes colonnes que l&apos;export). Chaque ligne est d&apos;abord vérifiée&#xa0;: si une ligne comporte une erreur, rien n&apos;est importé et les erreurs sont listées par ligne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="104"/>
        <source>Import from a file...</source>
        <translation>Importer depuis un fichier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="121"/>
        <source>Reports, exports and imports are for coordinators and administrators.</source>
        <translation>Rapports, exports et imports sont réservés aux coordinateurs et administrateurs.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="139"/>
        <source>Coordinator report (EU indicators)</source>
        <translation>Rapport de coordination (indicateurs UE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="143"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="144"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="145"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="146"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="147"/>
        <source>Other period</source>
        <translation>Autre période</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="154"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="156"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="164"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="168"/>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="171"/>
        <source>Desk: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="174"/>
        <source>Show every figure</source>
        <translation>Afficher tous les chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="182"/>
        <source>Preview (PDF)...</source>
        <translation>Aperçu (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="184"/>
        <source>Export figures (xlsx, CSV)...</source>
        <translation>Exporter les chiffres (xlsx, CSV)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="190"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="191"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="192"/>
        <source>Hide breakdown cells below</source>
        <translation>Masquer les cellules sous</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="193"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="223"/>
        <source>Write both dates of the period as DD/MM/YYYY.</source>
        <translation>Écrivez les deux dates de la période sous la forme JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="226"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="249"/>
        <source>Coordinator report</source>
        <translation>Rapport de coordination</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="273"/>
        <source>The participants are listed one a line in %1, beside the workbook: too many rows for a sheet. Keep the two files together.</source>
        <translation>Les participants sont listés un par ligne dans %1, à côté du classeur&#xa0;: trop de lignes pour une feuille. Gardez les deux fichiers ensemble.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="287"/>
        <location filename="../../deskapp/ui/reports_page.py" line="323"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="289"/>
        <location filename="../../deskapp/ui/reports_page.py" line="325"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="297"/>
        <location filename="../../deskapp/ui/reports_page.py" line="335"/>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="268"/>
        <source>Figures of %Ln participants written to %1.</source>
        <translation>
            <numerusform>Chiffres de %Ln participant écrits dans %1.</numerusform>
            <numerusform>Chiffres de %Ln participants écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="345"/>
        <source>%Ln rows exported to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée dans %1.</numerusform>
            <numerusform>%Ln lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="357"/>
        <source>Import people from</source>
        <translation>Importer des personnes depuis</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="359"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="368"/>
        <source>Importing...</source>
        <translation>Import en cours...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="378"/>
        <source>%Ln people imported.</source>
        <translation>
            <numerusform>%Ln personne importée.</numerusform>
            <numerusform>%Ln personnes importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="381"/>
        <source>%Ln people imported, with %1.</source>
        <translation>
            <numerusform>%Ln personne importée, avec %1.</numerusform>
            <numerusform>%Ln personnes importées, avec %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="382"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="395"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="397"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="405"/>
        <source>... and %Ln more rows:</source>
        <translation>
            <numerusform>... et %Ln autre ligne&#xa0;:</numerusform>
            <numerusform>... et %Ln autres lignes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="407"/>
        <source>%Ln rows, %1: %2</source>
        <translation>
            <numerusform>%Ln ligne, %1&#xa0;: %2</numerusform>
            <numerusform>%Ln lignes, %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="425"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="50"/>
        <source>Name, owner, municipality...</source>
        <translation>Nom, propriétaire, commune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="52"/>
        <location filename="../../deskapp/ui/resources_page.py" line="91"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="53"/>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="55"/>
        <source>Any availability</source>
        <translation>Toute disponibilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="59"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="53"/>
        <location filename="../../deskapp/ui/resources_page.py" line="60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="61"/>
        <location filename="../../deskapp/ui/resources_page.py" line="99"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="62"/>
        <source>Size (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="55"/>
        <location filename="../../deskapp/ui/resources_page.py" line="63"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="64"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="52"/>
        <location filename="../../deskapp/ui/resources_page.py" line="65"/>
        <location filename="../../deskapp/ui/resources_page.py" line="91"/>
        <location filename="../../deskapp/ui/resources_page.py" line="100"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="50"/>
        <source>Search resources</source>
        <translation>Rechercher des ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="66"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="71"/>
        <source>New resource...</source>
        <translation>Nouvelle ressource...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="72"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="73"/>
        <source>Link to a project...</source>
        <translation>Lier à un projet...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="88"/>
        <source>Skill and place, e.g. “welding Sestri”</source>
        <translation>Compétence et lieu, par ex. «&#xa0;soudure Bastia&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="89"/>
        <source>Search skills</source>
        <translation>Rechercher des compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="94"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="95"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="96"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="97"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="98"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="103"/>
        <source>People with the skill</source>
        <translation>Personnes ayant la compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="105"/>
        <source>Open person</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="106"/>
        <source>Add to a project...</source>
        <translation>Ajouter à un projet...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="69"/>
        <location filename="../../deskapp/ui/resources_page.py" line="119"/>
        <source>Premises, land and machinery</source>
        <translation>Locaux, terrains et machines</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="120"/>
        <source>Skills of the people</source>
        <translation>Compétences des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="122"/>
        <source>Funding instruments</source>
        <translation>Instruments de financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="176"/>
        <source>No resource matches. Record one with “New resource”.</source>
        <translation>Aucune ressource ne correspond. Enregistrez-en une avec «&#xa0;Nouvelle ressource&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/resources_page.py" line="178"/>
        <source>%Ln resources</source>
        <translation>
            <numerusform>%Ln ressource</numerusform>
            <numerusform>%Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="184"/>
        <source>Type a skill (and a place) to find who has it.</source>
        <translation>Tapez une compétence (et un lieu) pour trouver qui l&apos;a.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="207"/>
        <source>Nobody with this skill here. Try fewer words.</source>
        <translation>Personne n&apos;a cette compétence ici. Essayez avec moins de mots.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/resources_page.py" line="209"/>
        <source>%Ln people found</source>
        <translation>
            <numerusform>%Ln personne trouvée</numerusform>
            <numerusform>%Ln personnes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="212"/>
        <source>More than %1 found: the first %1 are shown; add a word or a place.</source>
        <translation>Plus de %1 résultats&#xa0;: les %1 premiers sont affichés&#xa0;; ajoutez un mot ou un lieu.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="238"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="302"/>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Linked resources</source>
        <translation>Ressources liées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="471"/>
        <source>Link a resource...</source>
        <translation>Lier une ressource...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="472"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="477"/>
        <source>No premises, land or machinery linked to this project.</source>
        <translation>Aucun local, terrain ni machine lié à ce projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="487"/>
        <source>No resources</source>
        <translation>Aucune ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="487"/>
        <source>Record a resource in Resources first.</source>
        <translation>Enregistrez d&apos;abord une ressource dans Ressources.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="491"/>
        <source>Link a resource</source>
        <translation>Lier une ressource</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="491"/>
        <source>Resource:</source>
        <translation>Ressource&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="23"/>
        <source>Retention ended</source>
        <translation>Conservation terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/retention_dialog.py" line="27"/>
        <source>%n person(s) whose data was kept for the time the rules ask (5 years from 31 December of the last payment, service or contact; 10 after state aid). Anonymising erases their identity and notes for good; the anonymous facts stay in the coordinator&apos;s figures.</source>
        <translation>
            <numerusform>%n personne dont les données ont été conservées le temps prévu par les règles (5 ans à partir du 31 décembre du dernier paiement, service ou contact&#xa0;; 10 après une aide d&apos;État). L&apos;anonymisation efface pour toujours l&apos;identité et les notes&#xa0;; les faits anonymes restent dans les chiffres du coordinateur.</numerusform>
            <numerusform>%n personnes dont les données ont été conservées le temps prévu par les règles (5 ans à partir du 31 décembre du dernier paiement, service ou contact&#xa0;; 10 après une aide d&apos;État). L&apos;anonymisation efface pour toujours l&apos;identité et les notes&#xa0;; les faits anonymes restent dans les chiffres du coordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="38"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="40"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="41"/>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="42"/>
        <source>State aid</source>
        <translation>Aide d&apos;État</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="43"/>
        <source>Kept until</source>
        <translation>Conservées jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="46"/>
        <source>People whose retention has ended</source>
        <translation>Personnes dont la durée de conservation est écoulée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="57"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="57"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="67"/>
        <source>The first %1 are shown, oldest first; &apos;deskapp gdpr retention&apos; lists them all.</source>
        <translation>Les %1 premières sont affichées, des plus anciennes&#xa0;; &apos;deskapp gdpr retention&apos; les liste toutes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="73"/>
        <source>Anonymise them</source>
        <translation>Les anonymiser</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="45"/>
        <source>The database is locked and its owner cannot be read.</source>
        <translation>La base de données est verrouillée et son détenteur est illisible.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="50"/>
        <source>deskapp is already open on this database on the computer %1 (process %2).</source>
        <translation>deskapp est déjà ouvert sur cette base de données sur l&apos;ordinateur %1 (processus %2).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="61"/>
        <source>The database is on a network share (%1). SQLite cannot lock a file safely over the network: if two computers write to it, it can be damaged. Keep the file on this computer; for several offices on one registry, ask for a server database.</source>
        <translation>La base de données est sur un partage réseau (%1). SQLite ne peut pas verrouiller un fichier de façon sûre à travers le réseau&#xa0;: si deux ordinateurs y écrivent, il peut être endommagé. Gardez le fichier sur cet ordinateur&#xa0;; pour plusieurs bureaux sur un même registre, demandez une base de données sur serveur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="140"/>
        <source>The database file looks damaged: %1

Stop entering data. In Settings, &quot;Restore from a backup...&quot; puts back the last good copy%2.</source>
        <translation>Le fichier de la base de données semble endommagé&#xa0;: %1

Arrêtez la saisie. Dans Paramètres, «&#xa0;Restaurer une sauvegarde...&#xa0;» remet la dernière bonne copie%2.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="147"/>
        <source> (the newest is %1)</source>
        <translation> (la plus récente est %1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="156"/>
        <source>The database needs attention</source>
        <translation>La base de données demande votre attention</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="174"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="55"/>
        <source>Sector of activity</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="57"/>
        <source>Code or words, e.g. 25.62 or %1</source>
        <translation>Code ou mots, p. ex. 25.62 ou %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="112"/>
        <source>Not in ATECO 2007, NAF rév. 2 or NACE Rev. 2: a newer code (ATECO 2025) is kept as typed, without a label.</source>
        <translation>Absent de l&apos;ATECO 2007, de la NAF rév. 2 et de la NACE Rév. 2&#xa0;: un code plus récent (NAF 2025, ATECO 2025) est enregistré tel quel, sans libellé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="119"/>
        <source>Its division in %1: %2</source>
        <translation>Sa division (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="147"/>
        <source>Send to the coordinator</source>
        <translation>Envoyer au coordinateur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="151"/>
        <source>The bundle holds everything changed since the last bundle this desk made (the first one: everything), signed with this desk&apos;s key. Send the file to the coordinator; the first time, phone them and read out this desk&apos;s fingerprint.</source>
        <translation>Le paquet contient tout ce qui a changé depuis le dernier paquet de cette antenne (le premier&#xa0;: tout), signé avec la clé de l&apos;antenne. Envoyez le fichier au coordinateur&#xa0;; la première fois, téléphonez-lui et lisez l&apos;empreinte de cette antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="161"/>
        <source>This desk&apos;s key fingerprint</source>
        <translation>Empreinte de la clé de cette antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="162"/>
        <source>Pseudonymous: no names, contacts or tax codes</source>
        <translation>Pseudonyme&#xa0;: sans noms, coordonnées ni numéros fiscaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="165"/>
        <source>For a coordinator in another organisation: people are still counted once through the programme key.</source>
        <translation>Pour un coordinateur d&apos;une autre organisation&#xa0;: les personnes restent comptées une fois grâce à la clé de programme.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="176"/>
        <source>Encrypt the bundle to</source>
        <translation>Chiffrer le paquet pour</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="177"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="180"/>
        <source>The coordinator&apos;s key %1</source>
        <translation>La clé du coordinateur %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="184"/>
        <source>Encrypted, the bundle can be opened by that coordinator only: no one else can read it on the way, not even which desk sent it.</source>
        <translation>Chiffré, le paquet ne peut être ouvert que par ce coordinateur&#xa0;: personne d&apos;autre ne peut le lire en chemin, pas même savoir quelle antenne l&apos;a envoyé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="191"/>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="192"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="193"/>
        <source>Choose where to write the bundle</source>
        <translation>Choisir où écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="196"/>
        <source>This desk&apos;s key fingerprint:</source>
        <translation>Empreinte de la clé de cette antenne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="200"/>
        <source>Encrypt to:</source>
        <translation>Chiffrer pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="205"/>
        <source>Bundle file:</source>
        <translation>Fichier du paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="208"/>
        <source>Write the bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="213"/>
        <source>Write the bundle to</source>
        <translation>Écrire le paquet dans</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="215"/>
        <source>Bundles (%1)</source>
        <translation>Paquets (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="226"/>
        <source>Choose where to write the bundle.</source>
        <translation>Choisissez où écrire le paquet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="233"/>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="252"/>
        <source>The bundle could not be written to %1: choose another folder.</source>
        <translation>Le paquet n&apos;a pas pu être écrit dans %1&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="261"/>
        <source>Bundle %1 written to %2, encrypted to the coordinator&apos;s key: %3 records. Send it to the coordinator.</source>
        <translation>Paquet %1 écrit dans %2, chiffré pour la clé du coordinateur&#xa0;: %3 fiches. Envoyez-le au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="265"/>
        <source>Bundle %1 written to %2: %3 records. Send it to the coordinator.</source>
        <translation>Paquet %1 écrit dans %2&#xa0;: %3 fiches. Envoyez-le au coordinateur.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="86"/>
        <source>Password of the database server</source>
        <translation>Mot de passe du serveur de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="89"/>
        <source>The database server %1 asks for the password of the user %2 (database %3). It is not kept anywhere: deskapp asks again at the next start. To be asked no more, the administrator can put it in ~/.pgpass.</source>
        <translation>Le serveur de la base de données %1 demande le mot de passe de l&apos;utilisateur %2 (base %3). Il n&apos;est conservé nulle part&#xa0;: deskapp le redemande au prochain démarrage. Pour ne plus avoir à le saisir, l&apos;administrateur peut le mettre dans ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="101"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="67"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="89"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="93"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="98"/>
        <source>The new time applies when deskapp restarts.</source>
        <translation>Le nouveau délai s&apos;applique au prochain démarrage de deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="101"/>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="103"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="108"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="109"/>
        <source>Back up now...</source>
        <translation>Sauvegarder maintenant...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="111"/>
        <source>Check the database</source>
        <translation>Vérifier la base</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="115"/>
        <source>Change...</source>
        <translation>Changer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="118"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="120"/>
        <source>Restore from a backup...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="145"/>
        <source>Copies and restores by hand, and the backup folder, are for an administrator; the automatic backups run for everyone.</source>
        <translation>Les copies et restaurations à la main, et le dossier des sauvegardes, sont pour un administrateur&#xa0;; les sauvegardes automatiques se font pour tous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="156"/>
        <source>Letterhead of the desk&apos;s documents</source>
        <translation>En-tête des documents de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="160"/>
        <source>Choose the logo...</source>
        <translation>Choisir le logo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="162"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="168"/>
        <location filename="../../deskapp/ui/settings_page.py" line="222"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="173"/>
        <source>Retention (GDPR)</source>
        <translation>Conservation (RGPD)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="177"/>
        <source>Data is kept 5 years from 31 December of the year of the last payment, service or contact (10 after state aid), then anonymised.</source>
        <translation>Les données sont gardées 5 ans à partir du 31 décembre de l&apos;année du dernier paiement, service ou contact (10 après une aide d&apos;État), puis anonymisées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="184"/>
        <location filename="../../deskapp/ui/settings_page.py" line="329"/>
        <source>See who, and anonymise...</source>
        <translation>Voir qui, et anonymiser...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="329"/>
        <source>See who...</source>
        <translation>Voir qui...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="192"/>
        <source>deskapp %1</source>
        <translation>deskapp %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="71"/>
        <source>As my desk</source>
        <translation>Comme mon antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="85"/>
        <source>Yours, wherever you log in: the window and the command line</source>
        <translation>La vôtre, où que vous vous connectiez&#xa0;: la fenêtre et la ligne de commande</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="108"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="133"/>
        <source>This registry is on a database server, shared by every PC that connects to it. Its backups (pg_dump), the integrity of its files, encryption on the network (TLS) and on its disks are the server&apos;s job: ask its administrator. deskapp makes no copies of it on this PC.</source>
        <translation>Ce registre est sur un serveur de base de données, partagé par tous les PC qui s&apos;y connectent. Ses sauvegardes (pg_dump), l&apos;intégrité de ses fichiers, le chiffrement sur le réseau (TLS) et sur ses disques sont l&apos;affaire du serveur&#xa0;: demandez à son administrateur. deskapp n&apos;en fait pas de copie sur ce PC.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="214"/>
        <source>No logo: the documents carry the desk&apos;s name.</source>
        <translation>Pas de logo&#xa0;: les documents portent le nom de l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="222"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="229"/>
        <source>This file is not an image deskapp can read.</source>
        <translation>Ce fichier n&apos;est pas une image que deskapp sait lire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="260"/>
        <source>The new language applies when deskapp restarts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="269"/>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="269"/>
        <location filename="../../deskapp/ui/settings_page.py" line="381"/>
        <source>Database (*.sqlite)</source>
        <translation>Base de données (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="277"/>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="280"/>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="289"/>
        <source>None on this PC: the server&apos;s job</source>
        <translation>Aucune sur ce PC&#xa0;: c&apos;est l&apos;affaire du serveur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="293"/>
        <source>newest: %1</source>
        <translation>la plus récente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="295"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="298"/>
        <source>%1 (%2; a copy a day, kept 7 days, 4 weeks, 12 months)</source>
        <translation>%1 (%2&#xa0;; une copie par jour, gardées 7 jours, 4 semaines, 12 mois)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="322"/>
        <source>Nobody&apos;s retention has ended.</source>
        <translation>Aucune durée de conservation n&apos;est écoulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="324"/>
        <source>%n person(s) whose retention has ended.</source>
        <translation>
            <numerusform>%n personne dont la durée de conservation est écoulée.</numerusform>
            <numerusform>%n personnes dont la durée de conservation est écoulée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="326"/>
        <source>An administrator anonymises them.</source>
        <translation>Un administrateur les anonymise.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="345"/>
        <source>Anonymising...</source>
        <translation>Anonymisation...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="349"/>
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="362"/>
        <source>Folder for the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="379"/>
        <location filename="../../deskapp/ui/settings_page.py" line="394"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="396"/>
        <source>Replace the database with the copy %1?

What was entered after that copy is not in it. The current file is kept aside first. deskapp closes afterwards: start it again.</source>
        <translation>Remplacer la base de données par la copie %1&#xa0;?

Ce qui a été saisi après cette copie n&apos;y est pas. Le fichier actuel est d&apos;abord mis de côté. deskapp se ferme ensuite&#xa0;: relancez-le.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="416"/>
        <source>Restored from %1; the previous file was kept as %2. deskapp closes now.</source>
        <translation>Restaurée depuis %1&#xa0;; le fichier précédent a été gardé sous %2. deskapp se ferme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="424"/>
        <source>%n people erased after this backup was made were anonymised again.</source>
        <translation>
            <numerusform>%n personne effacée après cette sauvegarde a été anonymisée à nouveau.</numerusform>
            <numerusform>%n personnes effacées après cette sauvegarde ont été anonymisées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="436"/>
        <source>Checking the database...</source>
        <translation>Vérification de la base...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="440"/>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="442"/>
        <source>Problems found:</source>
        <translation>Problèmes trouvés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="34"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="35"/>
        <source>Next or previous field, button or list</source>
        <translation>Champ, bouton ou liste suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="38"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="39"/>
        <source>Next or previous tab</source>
        <translation>Onglet suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="42"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="43"/>
        <source>Search now (in a search box); open the selected row or card</source>
        <translation>Chercher tout de suite (dans une zone de recherche)&#xa0;; ouvrir la ligne ou la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="48"/>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="49"/>
        <source>From the people search box to the results</source>
        <translation>De la recherche de personnes aux résultats</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="54"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="55"/>
        <source>Save the record or the dialog</source>
        <translation>Enregistrer la fiche ou la boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="58"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="59"/>
        <source>Close the dialog (it asks first if something was typed)</source>
        <translation>Fermer la boîte de dialogue (elle demande d&apos;abord si quelque chose a été saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="64"/>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="65"/>
        <source>Board: the menu of the selected card (Open, Move to)</source>
        <translation>Tableau&#xa0;: le menu de la fiche sélectionnée (Ouvrir, Déplacer vers)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="70"/>
        <source>Ctrl+Right, Ctrl+Left</source>
        <translation>Ctrl+Droite, Ctrl+Gauche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="71"/>
        <source>Board: move the card to the next or previous stage</source>
        <translation>Tableau&#xa0;: déplacer la fiche vers l&apos;étape suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="76"/>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="77"/>
        <source>Board: the next or previous column</source>
        <translation>Tableau&#xa0;: la colonne suivante ou précédente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="80"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="81"/>
        <source>Checklist: tick or untick the step</source>
        <translation>Tâches&#xa0;: cocher ou décocher l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="84"/>
        <source>Enter, F2</source>
        <translation>Entrée, F2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="85"/>
        <source>Checklist: change the date of the step</source>
        <translation>Tâches&#xa0;: changer la date de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="88"/>
        <source>F2, or start typing</source>
        <translation>F2, ou commencer à taper</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="89"/>
        <source>Business plan tables: change the cell</source>
        <translation>Tableaux du plan d&apos;affaires&#xa0;: modifier la cellule</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="92"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Suppr</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="93"/>
        <source>Business plan tables: remove the row</source>
        <translation>Tableaux du plan d&apos;affaires&#xa0;: supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="111"/>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="125"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="114"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="114"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="128"/>
        <source>Every action of the mouse has its key: a dragged card moves with the Menu key or Ctrl+Right, a double-click is Enter.</source>
        <translation>Chaque action de la souris a sa touche&#xa0;: une carte glissée se déplace avec la touche Menu ou Ctrl+Droite, un double-clic est Entrée.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="53"/>
        <source>Occupation or skill</source>
        <translation>Métier ou compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="54"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="55"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="56"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="58"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="61"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="65"/>
        <source>Add skill...</source>
        <translation>Ajouter une compétence...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="66"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="67"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="88"/>
        <source>No skills recorded. Add the trades and competences the person has.</source>
        <translation>Aucune compétence enregistrée. Ajoutez les métiers et savoir-faire de la personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="112"/>
        <source>Add skill</source>
        <translation>Ajouter une compétence</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="90"/>
        <source>Enter opens the project; the Menu key or Shift+F10 opens its menu (Move to); Ctrl+Right and Ctrl+Left move it to the next or the previous stage; Left and Right go to the next column.</source>
        <translation>Entrée ouvre le projet&#xa0;; la touche Menu ou Maj+F10 ouvre son menu (Déplacer vers)&#xa0;; Ctrl+Droite et Ctrl+Gauche le déplacent vers l&apos;étape suivante ou précédente&#xa0;; Gauche et Droite vont à la colonne voisine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="134"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln associé</numerusform>
            <numerusform>%Ln associés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="139"/>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="141"/>
        <source>Next: %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="152"/>
        <source>%Ln more: narrow the filters or use the list.</source>
        <translation>
            <numerusform>%Ln de plus&#xa0;: affinez les filtres ou utilisez la liste.</numerusform>
            <numerusform>%Ln de plus&#xa0;: affinez les filtres ou utilisez la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="245"/>
        <source>Profit and loss</source>
        <translation>Compte de résultat</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="246"/>
        <source>Cash flow</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="247"/>
        <source>Sources and uses</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="248"/>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="249"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="250"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="256"/>
        <source>Chart: revenue, total costs and break-even revenue</source>
        <translation>Graphique&#xa0;: chiffre d&apos;affaires, coûts totaux et chiffre d&apos;affaires d&apos;équilibre</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../deskapp/i18n.py" line="52"/>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../deskapp/i18n.py" line="53"/>
        <source>no. {number}</source>
        <translation>n°&#xa0;{number}</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="51"/>
        <source>Trust a desk&apos;s key</source>
        <translation>Accepter la clé d&apos;une antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="55"/>
        <source>Phone the desk and ask them to read out their key&apos;s fingerprint (at the desk: File, Send to the coordinator). Type it below as you hear it: the key is trusted only if it matches the key file, so a file sent by someone else is refused. Do not copy the fingerprint from the e-mail that brought the file.</source>
        <translation>Téléphonez à l&apos;antenne et faites-vous lire l&apos;empreinte de sa clé (à l&apos;antenne&#xa0;: Fichier, Envoyer au coordinateur). Tapez-la ci-dessous telle que vous l&apos;entendez&#xa0;: la clé n&apos;est acceptée que si elle correspond au fichier de clé, si bien qu&apos;un fichier envoyé par quelqu&apos;un d&apos;autre est refusé. Ne copiez pas l&apos;empreinte depuis le courriel qui a apporté le fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="63"/>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="64"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="65"/>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="69"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="71"/>
        <source>e.g. A1B2 C3D4 E5F6 ...</source>
        <translation>p. ex. A1B2 C3D4 E5F6 ...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="72"/>
        <source>Fingerprint read out by the desk</source>
        <translation>Empreinte lue par l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="74"/>
        <source>Key file:</source>
        <translation>Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="75"/>
        <source>Desk:</source>
        <translation>Antenne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="76"/>
        <source>Fingerprint read out by the desk:</source>
        <translation>Empreinte lue par l&apos;antenne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="79"/>
        <source>Trust this key</source>
        <translation>Accepter cette clé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="84"/>
        <source>The desk&apos;s key file</source>
        <translation>Le fichier de clé de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="86"/>
        <source>Key files (%1)</source>
        <translation>Fichiers de clé (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="94"/>
        <source>Choose the key file the desk sent.</source>
        <translation>Choisissez le fichier de clé envoyé par l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="99"/>
        <source>This file is too large to be a key file.</source>
        <translation>Ce fichier est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="105"/>
        <source>The key file cannot be read: %1</source>
        <translation>Le fichier de clé ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="118"/>
        <source>Give the desk a name.</source>
        <translation>Donnez un nom à l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="122"/>
        <source>Type the fingerprint the desk read out.</source>
        <translation>Tapez l&apos;empreinte lue par l&apos;antenne.</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../deskapp/ui/plan_warnings.py" line="90"/>
        <source>Click, or press Enter, to see where</source>
        <translation>Cliquez, ou appuyez sur Entrée, pour voir où</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_warnings.py" line="91"/>
        <source>Press Enter to see where it arises.</source>
        <translation>Appuyez sur Entrée pour voir d&apos;où il vient.</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="51"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="55"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="56"/>
        <source>Ctrl or Shift with the arrows and Space choose several; Enter adds them.</source>
        <translation>Ctrl ou Maj avec les flèches et Espace en choisissent plusieurs&#xa0;; Entrée les ajoute.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="58"/>
        <source>Enter chooses.</source>
        <translation>Entrée choisit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="67"/>
        <source>Add selected</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="67"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="106"/>
        <source>No one matches.</source>
        <translation>Personne ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/pickers.py" line="114"/>
        <source>Added: %Ln. Search for the next one.</source>
        <translation>
            <numerusform>Ajoutée&#xa0;: %Ln. Cherchez la suivante.</numerusform>
            <numerusform>Ajoutées&#xa0;: %Ln. Cherchez la suivante.</numerusform>
        </translation>
    </message>
</context>
</TS>

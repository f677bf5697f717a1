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
        <location filename="../../deskapp/ui/panels.py" line="168"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="169"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="170"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="171"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="172"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="173"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="177"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="181"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="203"/>
        <source>%1 (done)</source>
        <translation>%1 (faite)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="219"/>
        <source>No activity yet. Log the first one with the button below.</source>
        <translation>Aucune activité pour l&apos;instant. Notez la première avec le bouton ci-dessous.</translation>
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
        <location filename="../../deskapp/ui/crash.py" line="103"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/crash.py" line="104"/>
        <source>Something went wrong: %1

What was saved before is safe. The details were written to %2; send that file to whoever looks after deskapp.</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1

Ce qui était déjà enregistré est en sécurité. Les détails ont été écrits dans %2&#xa0;; envoyez ce fichier à la personne qui s&apos;occupe de deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="163"/>
        <source>No database yet</source>
        <translation>Pas encore de base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="164"/>
        <source>There is no database at
%1

Create a new, empty database there? If you expected to find your registry, choose No and check the path.</source>
        <translation>Il n&apos;y a pas de base de données à
%1

En créer une nouvelle, vide, à cet endroit&#xa0;? Si vous pensiez y trouver votre registre, choisissez Non et vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="211"/>
        <source>The database is in use</source>
        <translation>La base de données est utilisée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="216"/>
        <source>Network share</source>
        <translation>Partage réseau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="281"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="291"/>
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
        <location filename="../../deskapp/services/business_plans.py" line="61"/>
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
        <location filename="../../deskapp/services/maintenance.py" line="53"/>
        <source>audit trail: the chain breaks at event {event} (an event was changed); restore the last good backup and compare the two trails</source>
        <translation>journal des opérations&#xa0;: la chaîne est rompue à l&apos;événement {event} (un événement a été modifié)&#xa0;; restaurez la dernière bonne sauvegarde et comparez les deux journaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="58"/>
        <source>audit trail: the chain breaks at event {event} (an event was removed before it); restore the last good backup and compare the two trails</source>
        <translation>journal des opérations&#xa0;: la chaîne est rompue à l&apos;événement {event} (un événement le précédant a été supprimé)&#xa0;; restaurez la dernière bonne sauvegarde et comparez les deux journaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="76"/>
        <source>schema revision is {revision}, this version of deskapp expects {expected}: run &apos;deskapp db upgrade&apos;</source>
        <translation>la révision du schéma est {revision}, cette version de deskapp attend {expected}&#xa0;: lancez «&#xa0;deskapp db upgrade&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="90"/>
        <source>integrity: {line}</source>
        <translation>intégrité&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="97"/>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation>la ligne {row} de {table} renvoie à un {parent} qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="108"/>
        <source>... and {count} more broken references</source>
        <translation>... et {count} autres références rompues</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="117"/>
        <source>search index {index}: {error}</source>
        <translation>index de recherche {index}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="125"/>
        <source>the audit trail&apos;s append-only triggers are {state}: {name}</source>
        <translation>les déclencheurs qui rendent le journal des opérations non modifiable sont {state}&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="163"/>
        <source>audit trail: {count} events, chain intact</source>
        <translation>journal des opérations&#xa0;: {count} événements, chaîne intacte</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="170"/>
        <source>{persons} persons, schema {revision}</source>
        <translation>{persons} personnes, schéma {revision}</translation>
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
        <location filename="../../deskapp/cli/commands.py" line="39"/>
        <source>Desk &apos;{desk}&apos; created; administrator &apos;{name}&apos;.</source>
        <translation>Antenne «&#xa0;{desk}&#xa0;» créée&#xa0;; administrateur «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="55"/>
        <source>Demo data written: {persons} persons, {projects} projects, {activities} activities, {applications} funding applications, {plans} business plans, {desks} desks, {operators} operators (seed {seed}).</source>
        <translation>Données de démonstration écrites&#xa0;: {persons} personnes, {projects} projets, {activities} activités, {applications} demandes de financement, {plans} plans d&apos;affaires, {desks} antennes, {operators} conseillers (graine {seed}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="72"/>
        <source>Act as the demo administrator with: --operator &apos;Amministratore demo&apos; (every demo account&apos;s password: {password}; DESKAPP_PASSWORD sets it for the command line)</source>
        <translation>Agissez comme administrateur de démonstration avec&#xa0;: --operator &apos;Amministratore demo&apos; (mot de passe de chaque compte de démonstration&#xa0;: {password}&#xa0;; DESKAPP_PASSWORD le donne à la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="91"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="101"/>
        <source>... and 1 more row:</source>
        <translation>... et encore 1 ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="102"/>
        <source>... and {n} more rows:</source>
        <translation>... et encore {n} lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="111"/>
        <source>1 row, {column}: {kind}{reason}</source>
        <translation>1 ligne, {column}&#xa0;: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="112"/>
        <source>{n} rows, {column}: {kind}{reason}</source>
        <translation>{n} lignes, {column}&#xa0;: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="127"/>
        <source>, 1 warning</source>
        <translation>, 1 avertissement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="128"/>
        <source>, {n} warnings</source>
        <translation>, {n} avertissements</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="153"/>
        <source>{rows} rows checked, no errors{warnings}; nothing written (--dry-run).</source>
        <translation>{rows} lignes vérifiées, aucune erreur{warnings}&#xa0;; rien n&apos;a été écrit (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="162"/>
        <source>{count} persons imported{warnings}.</source>
        <translation>{count} personnes importées{warnings}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="178"/>
        <source>{count} rows of {what} written to {path}.</source>
        <translation>{count} lignes de {what} écrites dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="224"/>
        <source>{participants} participants; report written to {path}.</source>
        <translation>{participants} participants&#xa0;; rapport écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="266"/>
        <source>{count} dossiers written to {path}.</source>
        <translation>{count} dossiers écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="289"/>
        <source>Document written to {path}.</source>
        <translation>Document écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="329"/>
        <source>Right of access: {pdf} and {data} written.</source>
        <translation>Droit d&apos;accès&#xa0;: {pdf} et {data} écrits.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="345"/>
        <source>Person {id} anonymised: {fields} identifying fields erased, {notes} notes cleared; anonymous facts kept.</source>
        <translation>Personne {id} anonymisée&#xa0;: {fields} champs identifiants effacés, {notes} notes vidées&#xa0;; les faits anonymes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="367"/>
        <source>{id:&gt;7}  last date {last}  kept until {until}</source>
        <translation>{id:&gt;7}  dernière date {last}  conservée jusqu&apos;au {until}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="374"/>
        <source>  (state aid)</source>
        <translation>  (aide d&apos;État)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="377"/>
        <source>... and {count} more</source>
        <translation>... et {count} autres</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="381"/>
        <source>{count} people due for anonymisation; add --apply to anonymise them.</source>
        <translation>{count} personnes à anonymiser&#xa0;; ajoutez --apply pour les anonymiser.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="395"/>
        <source>{count} people anonymised.</source>
        <translation>{count} personnes anonymisées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="412"/>
        <source>No one found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="124"/>
        <location filename="../../deskapp/cli/db_commands.py" line="167"/>
        <source>Upgraded {path} from {old} to {new}.</source>
        <translation>{path} mis à jour de la version {old} à la {new}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="132"/>
        <source>The previous file was copied to {path}.</source>
        <translation>Le fichier précédent a été copié dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="138"/>
        <location filename="../../deskapp/cli/db_commands.py" line="175"/>
        <source>{path} is up to date (schema {revision}).</source>
        <translation>{path} est à jour (schéma {revision}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="151"/>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="229"/>
        <source>problem: {problem}</source>
        <translation>problème&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="235"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="239"/>
        <source>1 problem found</source>
        <translation>1 problème trouvé</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="240"/>
        <source>{n} problems found</source>
        <translation>{n} problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="307"/>
        <source>1 person erased after this backup was made was anonymised again (the register of erasures beside the database).</source>
        <translation>1 personne effacée après cette sauvegarde a été anonymisée de nouveau (le registre des effacements à côté de la base).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="312"/>
        <source>{n} people erased after this backup was made were anonymised again (the register of erasures beside the database).</source>
        <translation>{n} personnes effacées après cette sauvegarde ont été anonymisées de nouveau (le registre des effacements à côté de la base).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="287"/>
        <source>Restored {path} from {file}; the previous file was kept as {aside}.</source>
        <translation>{path} restauré depuis {file}&#xa0;; le fichier précédent est conservé sous {aside}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="297"/>
        <source>Restored {path} from {file}; there was no previous database to keep.</source>
        <translation>{path} restauré depuis {file}&#xa0;; il n&apos;y avait pas de base précédente à conserver.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="354"/>
        <source>{path} is encrypted. Keep the key safe: without it the data cannot be read.</source>
        <translation>{path} est chiffré. Gardez la clé en lieu sûr&#xa0;: sans elle, les données ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="361"/>
        <source>Copies made before (backups in {folder}, exports, files kept aside) are still plain: delete them once a new, encrypted backup exists.</source>
        <translation>Les copies faites avant (sauvegardes dans {folder}, exports, fichiers mis de côté) sont encore en clair&#xa0;: supprimez-les dès qu&apos;une nouvelle sauvegarde chiffrée existe.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="136"/>
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
        <location filename="../../deskapp/cli/parser.py" line="124"/>
        <source>import people from a CSV or .xlsx file</source>
        <translation>importer des personnes d&apos;un fichier CSV ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="131"/>
        <source>check every row, write nothing</source>
        <translation>vérifier chaque ligne, ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="134"/>
        <source>export a table to CSV or .xlsx</source>
        <translation>exporter une table en CSV ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="140"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French desk, as their Excel expects, &apos;,&apos; for an English one)</source>
        <translation>le séparateur du CSV (par défaut&#xa0;: «&#xa0;;&#xa0;» pour une antenne italienne ou française, comme l&apos;attend leur Excel, «&#xa0;,&#xa0;» pour une antenne anglaise)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="150"/>
        <source>a document: person dossier, project summary, business plan, indicators</source>
        <translation>un document&#xa0;: dossier de la personne, synthèse du projet, plan d&apos;affaires, indicateurs</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="156"/>
        <source>everything held about one person</source>
        <translation>tout ce qui est conservé sur une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="162"/>
        <source>a project from the idea to funding</source>
        <translation>un projet de l&apos;idée au financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="170"/>
        <source>a project&apos;s business plan, for a bank or CFI</source>
        <translation>le plan d&apos;affaires d&apos;un projet, pour une banque ou un financeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="176"/>
        <source>a frozen version (the working draft when omitted)</source>
        <translation>une version figée (le brouillon de travail si elle est omise)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="182"/>
        <source>the dossier of every person of a desk</source>
        <translation>le dossier de chaque personne d&apos;une antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="189"/>
        <source>the coordinator report: EU indicators for a period and a scope</source>
        <translation>le rapport du coordinateur&#xa0;: indicateurs UE pour une période et un périmètre</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="204"/>
        <source>hide breakdown cells counting fewer than N people</source>
        <translation>masquer les cases de détail comptant moins de N personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="209"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French report, &apos;,&apos; for English)</source>
        <translation>le séparateur du CSV (par défaut&#xa0;: «&#xa0;;&#xa0;» pour un rapport italien ou français, «&#xa0;,&#xa0;» pour un rapport anglais)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="218"/>
        <source>find people by a fragment of what you know</source>
        <translation>trouver des personnes à partir d&apos;un fragment de ce que vous savez</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="224"/>
        <source>the people&apos;s rights: access, erasure</source>
        <translation>les droits des personnes&#xa0;: accès, effacement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="229"/>
        <source>everything held about a person: the dossier (PDF) and a JSON file</source>
        <translation>tout ce qui est conservé sur une personne&#xa0;: le dossier (PDF) et un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="238"/>
        <source>anonymise a person (right to erasure; administrators; irreversible)</source>
        <translation>anonymiser une personne (droit à l&apos;effacement&#xa0;; administrateurs&#xa0;; irréversible)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="244"/>
        <source>confirm: it cannot be undone</source>
        <translation>confirmer&#xa0;: c&apos;est irréversible</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="248"/>
        <source>list the people whose retention ended; --apply anonymises them</source>
        <translation>lister les personnes dont la durée de conservation est écoulée&#xa0;; --apply les anonymise</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="255"/>
        <source>anonymise them (administrators)</source>
        <translation>les anonymiser (administrateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="258"/>
        <source>years kept (default 5)</source>
        <translation>années de conservation (par défaut 5)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="264"/>
        <source>years kept after state aid (default 10)</source>
        <translation>années de conservation après une aide d&apos;État (par défaut 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="268"/>
        <source>check, back up or upgrade the database file</source>
        <translation>vérifier, sauvegarder ou mettre à jour le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="273"/>
        <source>integrity, references, search index, schema version</source>
        <translation>intégrité, références, index de recherche, version du schéma</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="276"/>
        <source>consistent copy, safe while the app is in use</source>
        <translation>copie cohérente, sûre même pendant l&apos;utilisation de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="281"/>
        <source>migrate to this version&apos;s schema (copies the file first)</source>
        <translation>migrer vers le schéma de cette version (copie d&apos;abord le fichier)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="285"/>
        <source>replace the database with a backup (checked first; current file kept)</source>
        <translation>remplacer la base de données par une sauvegarde (vérifiée d&apos;abord&#xa0;; le fichier actuel est conservé)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="291"/>
        <source>confirm the replacement</source>
        <translation>confirmer le remplacement</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="295"/>
        <source>encrypt the database file (SQLCipher) with a key from DESKAPP_KEY or typed; close deskapp first</source>
        <translation>chiffrer le fichier de la base de données (SQLCipher) avec une clé venant de DESKAPP_KEY ou saisie&#xa0;; fermez d&apos;abord deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="317"/>
        <source>database file</source>
        <translation>fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="323"/>
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
        <location filename="../../deskapp/models/enums.py" line="465"/>
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
        <location filename="../../deskapp/models/enums.py" line="468"/>
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
        <location filename="../../deskapp/models/enums.py" line="228"/>
        <location filename="../../deskapp/models/enums.py" line="399"/>
        <location filename="../../deskapp/models/enums.py" line="483"/>
        <location filename="../../deskapp/models/enums.py" line="525"/>
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
        <source>Consent (art. 6.1.a)</source>
        <translation>Consentement (art. 6.1.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="191"/>
        <source>Contract (art. 6.1.b)</source>
        <translation>Contrat (art. 6.1.b)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="194"/>
        <source>Legal obligation (art. 6.1.c)</source>
        <translation>Obligation légale (art. 6.1.c)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="196"/>
        <source>Public task (art. 6.1.e)</source>
        <translation>Mission d&apos;intérêt public (art. 6.1.e)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="199"/>
        <source>Legitimate interest (art. 6.1.f)</source>
        <translation>Intérêt légitime (art. 6.1.f)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="203"/>
        <source>Explicit consent (art. 9.2.a)</source>
        <translation>Consentement explicite (art. 9.2.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="208"/>
        <source>Basic</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="209"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="210"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="211"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="215"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="216"/>
        <source>Self-declaration</source>
        <translation>Déclaration personnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="217"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="218"/>
        <source>Employer reference</source>
        <translation>Attestation d&apos;employeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="222"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="223"/>
        <source>Skills audit</source>
        <translation>Bilan de compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="224"/>
        <location filename="../../deskapp/models/enums.py" line="466"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="225"/>
        <source>Enterprise idea support</source>
        <translation>Accompagnement du projet d&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="226"/>
        <source>Access to funding</source>
        <translation>Accès au financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="227"/>
        <source>Job placement</source>
        <translation>Insertion professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="232"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="233"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="234"/>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="235"/>
        <source>Referred elsewhere</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="236"/>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="240"/>
        <source>Premises</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="241"/>
        <source>Land</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="242"/>
        <source>Machinery</source>
        <translation>Machines</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="243"/>
        <source>Closed plant</source>
        <translation>Site fermé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="244"/>
        <source>Abandoned space</source>
        <translation>Espace abandonné</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="248"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="249"/>
        <source>Under negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="250"/>
        <source>Assigned to a project</source>
        <translation>Attribué à un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="251"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="255"/>
        <source>Workers buyout</source>
        <translation>Reprise par les salariés</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="256"/>
        <source>Spin-off</source>
        <translation>Essaimage</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="257"/>
        <source>New cooperative</source>
        <translation>Nouvelle coopérative</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="260"/>
        <source>Social cooperative type B</source>
        <translation>Coopérative sociale de type B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="264"/>
        <source>Community cooperative</source>
        <translation>Coopérative de territoire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="266"/>
        <source>New enterprise</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="276"/>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="277"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="278"/>
        <source>Feasibility study</source>
        <translation>Étude de faisabilité</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="279"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="280"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="281"/>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="282"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="283"/>
        <source>Started (enterprise running)</source>
        <translation>Lancée (entreprise en activité)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="284"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="320"/>
        <source>Worker cooperative (società cooperativa di produzione e lavoro)</source>
        <translation>Società cooperativa di produzione e lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="328"/>
        <source>Social cooperative type A (cooperativa sociale di tipo A)</source>
        <translation>Cooperativa sociale di tipo A</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="334"/>
        <source>Social cooperative type B (cooperativa sociale di tipo B)</source>
        <translation>Cooperativa sociale di tipo B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="340"/>
        <source>Community cooperative (cooperativa di comunità)</source>
        <translation>Cooperativa di comunità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="346"/>
        <source>Other cooperative (società cooperativa)</source>
        <translation>Società cooperativa (autre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="350"/>
        <source>S.r.l. (limited company)</source>
        <translation>S.r.l. (società a responsabilità limitata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="351"/>
        <source>S.r.l. semplificata (simplified S.r.l.)</source>
        <translation>S.r.l. semplificata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="352"/>
        <source>S.p.A. (joint-stock company)</source>
        <translation>S.p.A. (società per azioni)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="353"/>
        <source>S.n.c. (general partnership)</source>
        <translation>S.n.c. (società in nome collettivo)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="356"/>
        <source>S.a.s. (limited partnership, accomandita semplice)</source>
        <translation>S.a.s. (società in accomandita semplice)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="361"/>
        <source>Sole trader (impresa individuale)</source>
        <translation>Impresa individuale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="364"/>
        <source>Association (associazione)</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="366"/>
        <source>SCOP SA</source>
        <translation>SCOP SA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="367"/>
        <source>SCOP SARL</source>
        <translation>SCOP SARL</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="368"/>
        <source>SCOP SAS</source>
        <translation>SCOP SAS</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="369"/>
        <source>SCIC SA</source>
        <translation>SCIC SA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="370"/>
        <source>SCIC SARL</source>
        <translation>SCIC SARL</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="371"/>
        <source>SCIC SAS</source>
        <translation>SCIC SAS</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="374"/>
        <source>CAE (business and employment cooperative)</source>
        <translation>CAE (coopérative d&apos;activité et d&apos;emploi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="378"/>
        <source>SAS (simplified joint-stock company)</source>
        <translation>SAS (société par actions simplifiée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="379"/>
        <source>SASU (single-member SAS)</source>
        <translation>SASU (société par actions simplifiée unipersonnelle)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="380"/>
        <source>SARL (limited company)</source>
        <translation>SARL (société à responsabilité limitée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="381"/>
        <source>EURL (single-member SARL)</source>
        <translation>EURL (entreprise unipersonnelle à responsabilité limitée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="382"/>
        <source>SA (public limited company)</source>
        <translation>SA (société anonyme)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="385"/>
        <source>Sole trader (entreprise individuelle)</source>
        <translation>Entreprise individuelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="390"/>
        <source>Micro-entrepreneur (sole trader, simplified regime)</source>
        <translation>Micro-entrepreneur (auto-entrepreneur)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="395"/>
        <source>Association (loi 1901)</source>
        <translation>Association loi 1901</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="403"/>
        <source>Social cooperative (type A or B not given)</source>
        <translation>Cooperativa sociale (type A ou B non précisé)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="408"/>
        <source>SCOP (SA, SARL or SAS not given)</source>
        <translation>SCOP (forme SA, SARL ou SAS non précisée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="409"/>
        <source>SCIC (SA, SARL or SAS not given)</source>
        <translation>SCIC (forme SA, SARL ou SAS non précisée)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="448"/>
        <source>Company in crisis</source>
        <translation>Entreprise en difficulté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="449"/>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="450"/>
        <source>Bankruptcy</source>
        <translation>Faillite</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="451"/>
        <source>Owner without successor</source>
        <translation>Dirigeant sans successeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="452"/>
        <source>Restructuring</source>
        <translation>Restructuration</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="456"/>
        <source>Promoter</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="457"/>
        <source>Worker-member</source>
        <translation>Associé salarié</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="458"/>
        <source>Financing member</source>
        <translation>Associé financeur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="459"/>
        <source>Mentor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="463"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="464"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="467"/>
        <source>Consultancy</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="469"/>
        <source>Referral</source>
        <translation>Orientation vers un autre service</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="473"/>
        <source>CFI (Cooperazione Finanza Impresa)</source>
        <translation>CFI (Cooperazione Finanza Impresa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="474"/>
        <source>Nuova Marcora</source>
        <translation>Nuova Marcora</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="475"/>
        <source>Coopfond</source>
        <translation>Coopfond</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="476"/>
        <source>Regional fund</source>
        <translation>Fonds régional</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="477"/>
        <source>Microcredit</source>
        <translation>Microcrédit</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="478"/>
        <source>Bank loan</source>
        <translation>Prêt bancaire</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="479"/>
        <source>NASpI advance</source>
        <translation>Avance NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="480"/>
        <source>Crowdfunding</source>
        <translation>Financement participatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="481"/>
        <location filename="../../deskapp/models/enums.py" line="523"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="482"/>
        <source>NACRE</source>
        <translation>NACRE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="489"/>
        <source>Honour loan (0%, to the founders)</source>
        <translation>Prêt d&apos;honneur (taux zéro, aux créateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="490"/>
        <source>Loan guarantee</source>
        <translation>Garantie de prêt</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="491"/>
        <source>Participatory loan</source>
        <translation>Prêt participatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="492"/>
        <source>Quasi-equity investment</source>
        <translation>Investissement en quasi-fonds propres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="493"/>
        <source>ARCE (unemployment rights as capital)</source>
        <translation>ARCE (droits au chômage versés en capital)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="522"/>
        <source>CFI equity</source>
        <translation>Participation CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="524"/>
        <source>Other capital</source>
        <translation>Autres fonds propres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="529"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="530"/>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="531"/>
        <source>Approved</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="532"/>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="533"/>
        <source>Disbursed</source>
        <translation>Versée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="537"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="538"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="539"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="540"/>
        <source>Stage changed</source>
        <translation>Étape changée</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="541"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="542"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="543"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="544"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="545"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../deskapp/cli/login.py" line="28"/>
        <source>This database has no desk and no operator yet: set it up with &apos;deskapp init&apos; (or fill a test database with &apos;deskapp demo&apos;).</source>
        <translation>Cette base de données n&apos;a encore ni antenne ni conseiller&#xa0;: configurez-la avec «&#xa0;deskapp init&#xa0;» (ou remplissez une base de test avec «&#xa0;deskapp demo&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="36"/>
        <source>Say who is acting: --operator NAME or DESKAPP_OPERATOR.</source>
        <translation>Indiquez qui agit&#xa0;: --operator NOM ou DESKAPP_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="42"/>
        <source>Give the password of the acting operator in DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Donnez le mot de passe du conseiller qui agit dans DESKAPP_PASSWORD, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="72"/>
        <source>{path} is encrypted: give its key in DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>{path} est chiffré&#xa0;: donnez sa clé dans DESKAPP_KEY, ou lancez la commande dans un terminal pour la taper.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="94"/>
        <source>Choose the database key: set DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>Choisissez la clé de la base&#xa0;: définissez DESKAPP_KEY, ou lancez la commande dans un terminal pour la taper.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="104"/>
        <source>The two keys differ; nothing was written.</source>
        <translation>Les deux clés diffèrent&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="116"/>
        <source>Choose the administrator&apos;s password: set DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Choisissez le mot de passe de l&apos;administrateur&#xa0;: définissez DESKAPP_PASSWORD, ou lancez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="126"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="198"/>
        <source>Write the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Indiquez la période sous la forme --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="203"/>
        <location filename="../../deskapp/cli/commands.py" line="250"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="493"/>
        <source>No desk is called &apos;{name}&apos;.</source>
        <translation>Aucune antenne ne s&apos;appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="301"/>
        <source>Project {project} has no plan version &apos;{name}&apos;. Versions: {names}</source>
        <translation>Le projet {project} n&apos;a pas de version du plan «&#xa0;{name}&#xa0;». Versions&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="336"/>
        <source>Anonymising cannot be undone: add --yes to confirm (person {id}).</source>
        <translation>L&apos;anonymisation est irréversible&#xa0;: ajoutez --yes pour confirmer (personne {id}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="63"/>
        <source>{path} holds accounts but cannot be used to log in (it may be damaged further in): move it aside by hand, then restore again. Nothing was changed.</source>
        <translation>{path} contient des comptes mais ne permet pas de se connecter (il est peut-être endommagé plus loin)&#xa0;: déplacez-le à la main, puis restaurez de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="186"/>
        <source>&apos;db {command}&apos; works on a database file. On a PostgreSQL server, backups, restores and encryption at rest are the server&apos;s job (pg_dump, base backups, the disk&apos;s encryption).</source>
        <translation>«&#xa0;db {command}&#xa0;» travaille sur un fichier de base de données. Sur un serveur PostgreSQL, les sauvegardes, les restaurations et le chiffrement des données sont l&apos;affaire du serveur (pg_dump, sauvegardes de base, chiffrement du disque).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="217"/>
        <source>Checking {path} failed: {reason}</source>
        <translation>La vérification de {path} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="249"/>
        <source>{path} cannot be read as a database ({reason}): it is damaged. Restore the last good backup with &apos;deskapp db restore BACKUP --yes&apos;.</source>
        <translation>{path} ne peut pas être lu comme une base de données ({reason})&#xa0;: il est endommagé. Restaurez la dernière bonne sauvegarde avec «&#xa0;deskapp db restore SAUVEGARDE --yes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="272"/>
        <source>{file} is intact (schema {revision}). Restoring replaces {path}: close deskapp everywhere it is open, then add --yes.</source>
        <translation>{file} est intact (schéma {revision}). La restauration remplace {path}&#xa0;: fermez deskapp partout où il est ouvert, puis ajoutez --yes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="333"/>
        <source>{path} is encrypted already.</source>
        <translation>{path} est déjà chiffré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="89"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="102"/>
        <source>{path} exists already: &apos;deskapp db encrypt&apos; encrypts a database that holds data.</source>
        <translation>{path} existe déjà&#xa0;: &apos;deskapp db encrypt&apos; chiffre une base qui contient des données.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="148"/>
        <source>--encrypt encrypts a database file. On a server, encryption at rest and TLS (sslmode=require in the address) are the server&apos;s job.</source>
        <translation>--encrypt chiffre un fichier de base de données. Sur un serveur, le chiffrement des données et TLS (sslmode=require dans l&apos;adresse) sont l&apos;affaire du serveur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="172"/>
        <source>The database address holds a password: leave it out (a command line is seen by others and kept in histories), and give it in PGPASSWORD or in ~/.pgpass instead.</source>
        <translation>L&apos;adresse de la base contient un mot de passe&#xa0;: retirez-le (une ligne de commande est visible par d&apos;autres et reste dans l&apos;historique) et donnez-le plutôt dans PGPASSWORD ou dans ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="181"/>
        <source>&apos;{scheme}://...&apos; is the address of a database server; the window opens database files only for now (the command line works on a server): give a file&apos;s path with --db or DESKAPP_DB.</source>
        <translation>«&#xa0;{scheme}://...&#xa0;» est l&apos;adresse d&apos;un serveur de bases de données&#xa0;; pour l&apos;instant la fenêtre n&apos;ouvre que des fichiers de base (la ligne de commande travaille sur un serveur)&#xa0;: donnez le chemin d&apos;un fichier avec --db ou DESKAPP_DB.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="190"/>
        <source>&apos;{scheme}://...&apos; is not a database deskapp can open: give a file&apos;s path, or a PostgreSQL server&apos;s address (postgresql://user@host:port/dbname), with --db or DESKAPP_DB.</source>
        <translation>«&#xa0;{scheme}://...&#xa0;» n&apos;est pas une base que deskapp sait ouvrir&#xa0;: donnez le chemin d&apos;un fichier, ou l&apos;adresse d&apos;un serveur PostgreSQL (postgresql://utilisateur@hôte:port/nombase), avec --db ou DESKAPP_DB.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="104"/>
        <source>This record was changed by someone else after you opened it (version {current}, yours {expected}). Reload it to see their changes; nothing was saved.</source>
        <translation>Cette fiche a été modifiée par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouverte (version {current}, la vôtre {expected}). Rechargez-la pour voir ses modifications&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="158"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="159"/>
        <source>record {record} (line {line})</source>
        <translation>enregistrement {record} (ligne {line})</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="160"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="201"/>
        <source>{count} of {rows} rows have errors; nothing was imported.</source>
        <translation>{count} lignes sur {rows} comportent des erreurs&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="212"/>
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
        <location filename="../../deskapp/services/business_plans.py" line="166"/>
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
        <location filename="../../deskapp/models/identifiers.py" line="128"/>
        <source>must be 16 characters long (it has {length})</source>
        <translation>doit compter 16 caractères (il en a {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="134"/>
        <source>is not written like a codice fiscale (6 letters, 2 digits, a letter, 2 digits, a letter, 3 digits, a letter)</source>
        <translation>n&apos;a pas la forme d&apos;un codice fiscale (6 lettres, 2 chiffres, une lettre, 2 chiffres, une lettre, 3 chiffres, une lettre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="143"/>
        <source>has a wrong check character: check for a mistyped letter or digit</source>
        <translation>a un caractère de contrôle erroné&#xa0;: vérifiez qu&apos;aucune lettre ni aucun chiffre n&apos;a été mal tapé</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="162"/>
        <source>contains an impossible birth date</source>
        <translation>contient une date de naissance impossible</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="170"/>
        <source>has a birthplace code ({code}) that matches no municipality or country</source>
        <translation>a un code de lieu de naissance ({code}) qui ne correspond à aucune commune ni aucun pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="270"/>
        <source>does not match the birth date entered: its 2nd and 3rd digits give a birth year ending in {year}</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 2e et 3e chiffres donnent une année de naissance se terminant par {year}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="275"/>
        <source>does not match the birth date entered: its 4th and 5th digits give {month} as the month of birth</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 4e et 5e chiffres donnent {month} comme mois de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="311"/>
        <source>lacks its key: write the 2 digits that follow the 13 others</source>
        <translation>la clé manque&#xa0;: écrivez les 2 chiffres qui suivent les 13 autres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="317"/>
        <source>must be 15 digits: 13 and the 2-digit key (it has {length})</source>
        <translation>doit compter 15 chiffres&#xa0;: 13 et la clé de 2 chiffres (il en a {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="326"/>
        <source>has a wrong key (its last 2 digits): check for a mistyped digit</source>
        <translation>a une clé erronée (ses 2 derniers chiffres)&#xa0;: vérifiez qu&apos;aucun chiffre n&apos;a été mal saisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="332"/>
        <source>is not written like a NIR: digits only, but for 2A or 2B (Corsica) as the 6th and 7th characters</source>
        <translation>n&apos;est pas écrit comme un NIR&#xa0;: uniquement des chiffres, sauf 2A ou 2B (Corse) en 6e et 7e position</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="353"/>
        <source>has an impossible birth month ({month}) as its 4th and 5th digits</source>
        <translation>a un mois de naissance impossible ({month}) en 4e et 5e chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="362"/>
        <source>has a department of birth that does not exist ({department}) from its 6th character: departments are 01 to 95 (2A or 2B in Corsica), 971 to 978 or 984 to 989 overseas, and 99 for born abroad</source>
        <translation>indique un département de naissance qui n&apos;existe pas ({department}) à partir de son 6e caractère&#xa0;: les départements vont de 01 à 95 (2A ou 2B en Corse), de 971 à 978 ou de 984 à 989 outre-mer, et 99 pour les personnes nées à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="489"/>
        <source>is not a valid partita IVA: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas une partita IVA valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="492"/>
        <source>is not a valid partita IVA: it must be 11 digits, with or without IT</source>
        <translation>n&apos;est pas une partita IVA valide&#xa0;: elle compte 11 chiffres, avec ou sans IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="497"/>
        <source>is not a valid SIREN: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas un SIREN valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="500"/>
        <source>is not a valid SIREN: it must be 9 digits</source>
        <translation>n&apos;est pas un SIREN valide&#xa0;: il compte 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="503"/>
        <source>is not a valid SIRET: wrong check digit (check for a mistyped digit)</source>
        <translation>n&apos;est pas un SIRET valide&#xa0;: chiffre de contrôle erroné (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="506"/>
        <source>is not a valid SIRET: it must be 14 digits</source>
        <translation>n&apos;est pas un SIRET valide&#xa0;: il compte 14 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="509"/>
        <source>is not a valid French VAT number: its key does not match the SIREN (check for a mistyped digit)</source>
        <translation>n&apos;est pas un numéro de TVA français valide&#xa0;: sa clé ne correspond pas au SIREN (vérifiez qu&apos;aucun chiffre n&apos;est mal saisi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="514"/>
        <source>is not a valid French VAT number: FR, a 2-character key and the 9-digit SIREN</source>
        <translation>n&apos;est pas un numéro de TVA français valide&#xa0;: FR, une clé de 2 caractères et le SIREN à 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="520"/>
        <source>is not a company number: write a partita IVA (11 digits, with or without IT), a SIREN (9 digits), a SIRET (14 digits) or a French VAT number (FR and 11 characters)</source>
        <translation>n&apos;est pas un numéro d&apos;entreprise&#xa0;: saisissez une partita IVA (11 chiffres, avec ou sans IT), un SIREN (9 chiffres), un SIRET (14 chiffres) ou un numéro de TVA français (FR et 11 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="597"/>
        <source>is not a partita IVA: an Italian enterprise has 11 digits, with or without IT</source>
        <translation>n&apos;est pas une partita IVA&#xa0;: une entreprise italienne a 11 chiffres, avec ou sans IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="600"/>
        <source>is not a SIREN or SIRET: a French enterprise has 9 or 14 digits</source>
        <translation>n&apos;est pas un SIREN ou un SIRET&#xa0;: une entreprise française a 9 ou 14 chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="624"/>
        <source>is not an Italian postcode (CAP): 5 digits, e.g. 16121; for a postcode abroad, write its country first, e.g. FR-06500</source>
        <translation>n&apos;est pas un code postal italien (CAP)&#xa0;: 5 chiffres, p. ex. 16121&#xa0;; pour un code postal à l&apos;étranger, écrivez d&apos;abord le pays, p. ex. FR-06500</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="629"/>
        <source>is not a French postcode: 5 digits starting with the department, e.g. 13001; for a postcode abroad, write its country first, e.g. IT-16121</source>
        <translation>n&apos;est pas un code postal français&#xa0;: 5 chiffres commençant par le département, p. ex. 13001&#xa0;; pour un code postal à l&apos;étranger, écrivez d&apos;abord le pays, p. ex. IT-16121</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="635"/>
        <source>is not a postcode: 2A and 2B are Corsica&apos;s departments; its postcodes start with 20, e.g. 20000 Ajaccio, 20200 Bastia</source>
        <translation>n&apos;est pas un code postal&#xa0;: 2A et 2B sont les départements de la Corse&#xa0;; ses codes postaux commencent par 20, p. ex. 20000 Ajaccio, 20200 Bastia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="72"/>
        <source>The birthplace code {code} ({name}) was not in use on the birth date; check the codice fiscale against the person&apos;s document.</source>
        <translation>Le code de lieu de naissance {code} ({name}) n&apos;était pas en usage à la date de naissance&#xa0;; vérifiez le codice fiscale sur la pièce d&apos;identité de la personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="253"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a man</source>
        <translation>ne correspond pas au sexe indiqué&#xa0;: son premier chiffre, {digit}, désigne un homme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="256"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a woman</source>
        <translation>ne correspond pas au sexe indiqué&#xa0;: son premier chiffre, {digit}, désigne une femme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="260"/>
        <source>does not match the birth date entered: its 6th and 7th characters, {department}, are Corsica&apos;s from 1976; someone born there before 1976 has 20</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 6e et 7e caractères, {department}, désignent la Corse à partir de 1976&#xa0;; une personne qui y est née avant 1976 a 20</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="265"/>
        <source>does not match the birth date entered: its 6th and 7th characters, 20, are Corsica&apos;s before 1976; someone born there from 1976 has 2A or 2B</source>
        <translation>ne correspond pas à la date de naissance indiquée&#xa0;: ses 6e et 7e caractères, 20, désignent la Corse avant 1976&#xa0;; une personne qui y est née à partir de 1976 a 2A ou 2B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="341"/>
        <source>must start with 1 or 2 (a man or a woman), or 3, 4, 7 or 8 (a temporary number): its first digit is {digit}</source>
        <translation>doit commencer par 1 ou 2 (un homme ou une femme), ou par 3, 4, 7 ou 8 (un numéro provisoire)&#xa0;: son premier chiffre est {digit}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="431"/>
        <source>is not a phone number</source>
        <translation>n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="433"/>
        <source>is not a valid phone number (for a foreign number, start with + and the country code)</source>
        <translation>n&apos;est pas un numéro de téléphone valide (pour un numéro étranger, commencez par + et l&apos;indicatif du pays)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="469"/>
        <source>is not a valid e-mail address ({reason})</source>
        <translation>n&apos;est pas une adresse de courriel valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="101"/>
        <source>{path} was written by a newer version of deskapp (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de deskapp (schéma {revision}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="124"/>
        <source>{path} is not a deskapp database (it holds other tables). Choose another file.</source>
        <translation>{path} n&apos;est pas une base de données deskapp (il contient d&apos;autres tables). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="268"/>
        <source>{path} cannot be read as a database: {reason}</source>
        <translation>{path} ne peut pas être lu comme une base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="305"/>
        <source>{path} holds no deskapp database yet: create it with &apos;deskapp init&apos;.</source>
        <translation>{path} ne contient pas encore de base deskapp&#xa0;: créez-la avec «&#xa0;deskapp init&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="322"/>
        <source>Cannot open the database at {path}: {reason}. Check the address, that the server is running, and the password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Impossible d&apos;ouvrir la base à {path}&#xa0;: {reason}. Vérifiez l&apos;adresse, que le serveur est en marche et le mot de passe (PGPASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="47"/>
        <source>Unknown export format &apos;{format}&apos;: use csv or xlsx.</source>
        <translation>Format d&apos;export inconnu «&#xa0;{format}&#xa0;»&#xa0;: utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="59"/>
        <source>Unknown CSV separator &apos;{delimiter}&apos;: use ; or ,</source>
        <translation>Séparateur CSV inconnu «&#xa0;{delimiter}&#xa0;»&#xa0;: utilisez&#xa0;; ou ,</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="43"/>
        <source>No operator is called &apos;{name}&apos;.</source>
        <translation>Aucun conseiller ne s&apos;appelle «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="48"/>
        <source>The operator &apos;{name}&apos; is no longer active.</source>
        <translation>Le conseiller «&#xa0;{name}&#xa0;» n&apos;est plus actif.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo.py" line="144"/>
        <source>This database is already set up (it has accounts): demo data is only written into a new, empty file, so its accounts with a known password never enter a real registry. Use a new file (--db).</source>
        <translation>Cette base de données est déjà configurée (elle a des comptes)&#xa0;: les données de démonstration ne s&apos;écrivent que dans un fichier nouveau et vide, pour que leurs comptes au mot de passe connu n&apos;entrent jamais dans un vrai registre. Utilisez un nouveau fichier (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo.py" line="153"/>
        <source>This database already holds people: demo data is only written into an empty registry, so real and invented people never mix. Use a new file (--db).</source>
        <translation>Cette base de données contient déjà des personnes&#xa0;: les données de démonstration ne s&apos;écrivent que dans un registre vide, pour que personnes réelles et inventées ne se mélangent jamais. Utilisez un nouveau fichier (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="63"/>
        <source>no desk is called &apos;{name}&apos;</source>
        <translation>aucune antenne ne s&apos;appelle «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="64"/>
        <source>already used on line {line} of this file</source>
        <translation>déjà utilisé à la ligne {line} de ce fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="65"/>
        <source>already in the registry as person no. {id}</source>
        <translation>déjà dans le registre comme personne n° {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="66"/>
        <source>you may not add people to {name}</source>
        <translation>vous ne pouvez pas ajouter de personnes à {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="67"/>
        <source>The file {name} has column names but no rows of people below them.</source>
        <translation>Le fichier {name} a des noms de colonnes mais aucune ligne de personne en dessous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="199"/>
        <source>this column appears more than once in the first line</source>
        <translation>cette colonne figure plusieurs fois sur la première ligne</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="204"/>
        <source>this column is missing from the file</source>
        <translation>cette colonne manque dans le fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="208"/>
        <source>unknown column; rename or remove it</source>
        <translation>colonne inconnue&#xa0;; renommez-la ou supprimez-la</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="204"/>
        <source>Only a database file can be backed up here. A database on a server is backed up by the server (its administrator&apos;s pg_dump or base backups).</source>
        <translation>Seul un fichier de base de données peut être sauvegardé ici. Une base sur un serveur est sauvegardée par le serveur (pg_dump ou sauvegardes de base de son administrateur).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="213"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>La sauvegarde ne peut pas écraser la base de données elle-même.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="233"/>
        <source>The disk filled up while the backup was written to {folder}: no part of it was kept there. Free some space (or choose another folder), then back up again.</source>
        <translation>Le disque s&apos;est rempli pendant l&apos;écriture de la sauvegarde dans {folder}&#xa0;: rien n&apos;en a été gardé. Libérez de l&apos;espace (ou choisissez un autre dossier), puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="268"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation>La copie de sauvegarde n&apos;a pas passé le contrôle d&apos;intégrité&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="47"/>
        <source>This database is already set up.</source>
        <translation>Cette base de données est déjà configurée.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="56"/>
        <source>Only a coordinator can export registry tables.</source>
        <translation>Seul un coordinateur peut exporter les tables du registre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="57"/>
        <source>Only a coordinator can run this report.</source>
        <translation>Seul un coordinateur peut produire ce rapport.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="58"/>
        <source>Only a coordinator can import registry files.</source>
        <translation>Seul un coordinateur peut importer des fichiers du registre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="62"/>
        <source>Only an administrator can manage desks and operators.</source>
        <translation>Seul un administrateur peut gérer les antennes et les conseillers.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="66"/>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Seul un administrateur peut lire le journal des opérations.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="67"/>
        <source>Only an administrator can copy or restore the whole database (the automatic backups run for everyone).</source>
        <translation>Seul un administrateur peut copier ou restaurer toute la base (les sauvegardes automatiques se font pour tous).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="92"/>
        <source>This record belongs to another desk: only its own operators (or an administrator) can change it.</source>
        <translation>Cette fiche appartient à une autre antenne&#xa0;: seuls ses conseillers (ou un administrateur) peuvent la modifier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="85"/>
        <source>another desk already has this name</source>
        <translation>une autre antenne porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="108"/>
        <source>another operator already has this name</source>
        <translation>un autre conseiller porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="123"/>
        <source>is needed: give the new colleague a first password in person</source>
        <translation>est nécessaire&#xa0;: remettez en personne un premier mot de passe au nouveau collègue</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="139"/>
        <source>no such desk</source>
        <translation>antenne inexistante</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="99"/>
        <source>already belongs to {name} (person no. {id}): open that record</source>
        <translation>appartient déjà à {name} (personne n° {id})&#xa0;: ouvrez cette fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="124"/>
        <source>Possible duplicate: person no. {id} has the same name and birth date.</source>
        <translation>Doublon possible&#xa0;: la personne n° {id} a les mêmes nom et date de naissance.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="176"/>
        <source>This person was anonymised on {date}: the record is closed.</source>
        <translation>Cette personne a été anonymisée le {date}&#xa0;: la fiche est close.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="294"/>
        <source>No person is registered as &apos;{reference}&apos;.</source>
        <translation>Aucune personne n&apos;est enregistrée sous «&#xa0;{reference}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/projects.py" line="169"/>
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
        <location filename="../../deskapp/models/schemas.py" line="174"/>
        <location filename="../../deskapp/models/schemas.py" line="286"/>
        <location filename="../../deskapp/models/schemas.py" line="295"/>
        <location filename="../../deskapp/models/schemas.py" line="362"/>
        <location filename="../../deskapp/models/schemas.py" line="514"/>
        <location filename="../../deskapp/services/checklists.py" line="212"/>
        <source>cannot be in the future</source>
        <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="181"/>
        <source>is before the date the consent was given</source>
        <translation>est antérieure à la date du consentement</translation>
    </message>
    <message>
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
        <location filename="../../deskapp/reports/indicators_report.py" line="436"/>
        <source>Unknown report format &apos;{format}&apos;: use pdf, xlsx or csv.</source>
        <translation>Format de rapport inconnu «&#xa0;{format}&#xa0;»&#xa0;: utilisez pdf, xlsx ou csv.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="319"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="161"/>
        <source>plan year {year} is after the plan&apos;s last year</source>
        <translation>l&apos;année {year} du plan est après la dernière année du plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="80"/>
        <source>The NASpI advance is already part of the members&apos; capital: record it as the member&apos;s part from NASpI advance (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;avance NASpI fait déjà partie du capital des associés&#xa0;: saisissez-la comme part de l&apos;associé «&#xa0;dont avance NASpI&#xa0;» (Rôle et capital, dans l&apos;onglet Associés et capital du projet).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="86"/>
        <source>The ARCE is already part of the members&apos; capital: record it as the member&apos;s part from ARCE (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;ARCE fait déjà partie du capital des associés&#xa0;: saisissez-la comme part de l&apos;associé «&#xa0;dont ARCE&#xa0;» (Rôle et capital, dans l&apos;onglet Associés et capital du projet).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="168"/>
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="178"/>
        <source>Save the plan before freezing a version of it.</source>
        <translation>Enregistrez le plan avant d&apos;en figer une version.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="190"/>
        <source>another version already has this name</source>
        <translation>une autre version porte déjà ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="307"/>
        <source>Only an approved or disbursed application can fund the plan.</source>
        <translation>Seule une demande accordée ou versée peut financer le plan.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="323"/>
        <source>A guarantee brings no money to the plan: add the loan it guarantees.</source>
        <translation>Une garantie n&apos;apporte pas d&apos;argent au plan&#xa0;: ajoutez le prêt qu&apos;elle garantit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="59"/>
        <source>Only a coordinator can change the funding catalogue.</source>
        <translation>Seul un coordinateur peut modifier le catalogue des financements.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/funding_catalogue.py" line="127"/>
        <source>another instrument of the catalogue has this name</source>
        <translation>un autre instrument du catalogue porte ce nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="65"/>
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
        <location filename="../../deskapp/cli/db_commands.py" line="336"/>
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
        <location filename="../../deskapp/services/accounts.py" line="121"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Conseiller inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="145"/>
        <source>This account has no password yet: start deskapp and choose one at the first login, then use the command line.</source>
        <translation>Ce compte n&apos;a pas encore de mot de passe&#xa0;: lancez deskapp et choisissez-en un à la première connexion, puis utilisez la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="135"/>
        <source>Too many wrong passwords: this account is locked until {time}. An administrator can unlock it (Administration, Accounts, Unlock).</source>
        <translation>Trop de mots de passe erronés&#xa0;: ce compte est bloqué jusqu&apos;à {time}. Un administrateur peut le débloquer (Administration, Comptes, Débloquer).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="115"/>
        <source>The database is busy: another program has been writing to it for more than {seconds} seconds. Nothing was saved; try again in a moment, and if it goes on, close the other deskapp or the program using the file.</source>
        <translation>La base est occupée&#xa0;: un autre programme y écrit depuis plus de {seconds} secondes. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant et, si cela continue, fermez l&apos;autre deskapp ou le programme qui utilise le fichier.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="125"/>
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
        <location filename="../../deskapp/services/operator_accounts.py" line="110"/>
        <source>You cannot switch off your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="120"/>
        <source>{name} is the only active administrator: make someone else administrator first.</source>
        <translation>{name} est le seul administrateur actif&#xa0;: nommez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="171"/>
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
        <location filename="../../deskapp/cli/main.py" line="115"/>
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
        <location filename="../../deskapp/services/records.py" line="26"/>
        <source>No person with number {id} exists.</source>
        <translation>Aucune personne ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="27"/>
        <source>No project with number {id} exists.</source>
        <translation>Aucun projet ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="28"/>
        <source>No activity with number {id} exists.</source>
        <translation>Aucune activité ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="29"/>
        <source>No operator with number {id} exists.</source>
        <translation>Aucun conseiller ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="30"/>
        <source>No desk with number {id} exists.</source>
        <translation>Aucune antenne ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="31"/>
        <source>No skill with number {id} exists.</source>
        <translation>Aucune compétence ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="32"/>
        <source>No resource with number {id} exists.</source>
        <translation>Aucune ressource ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="33"/>
        <source>No project membership with number {id} exists.</source>
        <translation>Aucune participation à un projet ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="36"/>
        <source>No business plan version with number {id} exists.</source>
        <translation>Aucune version du plan d&apos;affaires ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="39"/>
        <source>No funding instrument with number {id} exists.</source>
        <translation>Aucun instrument de financement ne porte le numéro {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="43"/>
        <source>No record with number {id} exists.</source>
        <translation>Aucune fiche ne porte le numéro {id}.</translation>
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
        <location filename="../../deskapp/models/schemas.py" line="133"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="134"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
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
        <location filename="../../deskapp/services/business_plans.py" line="555"/>
        <source>Version name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="81"/>
        <location filename="../../deskapp/services/organisation.py" line="42"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="102"/>
        <source>Can log in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="129"/>
        <location filename="../../deskapp/ui/accounts_panel.py" line="100"/>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="170"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="87"/>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="89"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="257"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="259"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="34"/>
        <source>Welcome to deskapp</source>
        <translation>Bienvenue dans deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="51"/>
        <source>Desk name</source>
        <translation>Nom de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="53"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="54"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="56"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="57"/>
        <source>Your name (first operator)</source>
        <translation>Votre nom (premier conseiller)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="58"/>
        <source>Your password (at least 8 characters)</source>
        <translation>Votre mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="59"/>
        <source>The password again</source>
        <translation>Le mot de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="69"/>
        <source>This database is new. Record your desk and yourself as its first operator; you will be its administrator.</source>
        <translation>Cette base de données est nouvelle. Enregistrez votre antenne et vous-même comme premier conseiller&#xa0;; vous en serez l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="86"/>
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
        <location filename="../../deskapp/ui/main_window.py" line="114"/>
        <source>deskapp - help desk registry</source>
        <translation>deskapp - registre de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="134"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="323"/>
        <source>Find a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="306"/>
        <location filename="../../deskapp/ui/main_window.py" line="488"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="311"/>
        <source>Close tab</source>
        <translation>Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="161"/>
        <source>no operator</source>
        <translation>aucun conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="135"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="136"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="137"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="138"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="139"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="142"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="144"/>
        <source>Pages and open records</source>
        <translation>Pages et fiches ouvertes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="163"/>
        <source>Desk: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="164"/>
        <source>Operator: %1</source>
        <translation>Conseiller&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="170"/>
        <source>deskapp %1</source>
        <translation>deskapp %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="264"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="266"/>
        <source>The backup is in place (the previous file was kept as %1). deskapp closes now: start it again.</source>
        <translation>La sauvegarde est en place (le fichier précédent a été gardé sous %1). deskapp se ferme&#xa0;: relancez-le.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="304"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="307"/>
        <location filename="../../deskapp/ui/main_window.py" line="489"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="308"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="309"/>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="319"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="321"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="329"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="332"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="336"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="338"/>
        <location filename="../../deskapp/ui/main_window.py" line="573"/>
        <source>About deskapp</source>
        <translation>À propos de deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="385"/>
        <source>Choose an operator first.</source>
        <translation>Choisissez d&apos;abord un conseiller.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="502"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="510"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/main_window.py" line="512"/>
        <source>%n record(s) have changes that are not saved. Close without saving?</source>
        <translation>
            <numerusform>%n fiche a des modifications non enregistrées. Fermer sans enregistrer&#xa0;?</numerusform>
            <numerusform>%n fiches ont des modifications non enregistrées. Fermer sans enregistrer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="575"/>
        <source>deskapp %1
The registry of the help desks that turn job loss into new enterprises.</source>
        <translation>deskapp %1
Le registre des antennes qui transforment la perte d&apos;emploi en nouvelles entreprises.</translation>
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
        <location filename="../../deskapp/ui/person_record.py" line="146"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="146"/>
        <source>Operator</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="146"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="146"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Needs assessments</source>
        <translation>Évaluations des besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="150"/>
        <source>New needs assessment...</source>
        <translation>Nouveau diagnostic des besoins...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="170"/>
        <source>No needs assessment yet: record what the person needs from the desk.</source>
        <translation>Aucun diagnostic des besoins pour l&apos;instant&#xa0;: notez ce que la personne attend de l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="176"/>
        <source>Needs identified</source>
        <translation>Besoins identifiés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="189"/>
        <source>Needs assessment</source>
        <translation>Diagnostic des besoins</translation>
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
        <location filename="../../deskapp/ui/people_page.py" line="63"/>
        <source>Search by surname, name, NIR, phone, e-mail, municipality...</source>
        <translation>Chercher par nom, prénom, NIR, téléphone, courriel, commune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="65"/>
        <source>Search by surname, name, codice fiscale, phone, e-mail, municipality...</source>
        <translation>Chercher par nom, prénom, codice fiscale, téléphone, courriel, commune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="66"/>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="70"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="70"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="73"/>
        <source>Any employment status</source>
        <translation>Toute situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="73"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="75"/>
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="75"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="77"/>
        <source>Any project stage</source>
        <translation>Toute étape de projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="77"/>
        <source>Project stage</source>
        <translation>Étape du projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="80"/>
        <source>Any first contact</source>
        <translation>Tout premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="82"/>
        <source>First contact: last 30 days</source>
        <translation>Premier contact&#xa0;: 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="83"/>
        <source>First contact: last 12 months</source>
        <translation>Premier contact&#xa0;: 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="84"/>
        <source>First contact: this year</source>
        <translation>Premier contact&#xa0;: cette année</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="85"/>
        <source>First contact: last year</source>
        <translation>Premier contact&#xa0;: l&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="87"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="108"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="129"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="130"/>
        <source>Ctrl+N: prefilled with what is in the search box</source>
        <translation>Ctrl+N&#xa0;: pré-remplie avec le contenu de la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="188"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="193"/>
        <source>No one matches. Change the search or the filters.</source>
        <translation>Personne ne correspond. Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="196"/>
        <source>Nobody is registered yet. Press Ctrl+N to register the first person, or try the app with invented people: &apos;deskapp demo&apos;.</source>
        <translation>Personne n&apos;est encore enregistré. Appuyez sur Ctrl+N pour enregistrer la première personne, ou essayez l&apos;application avec des personnes fictives&#xa0;: «&#xa0;deskapp demo&#xa0;».</translation>
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
    <name>PersonPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="114"/>
        <source>Choose people</source>
        <translation>Choisir des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="114"/>
        <source>Choose a person</source>
        <translation>Choisir une personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="115"/>
        <source>Surname, name or codice fiscale...</source>
        <translation>Nom, prénom ou codice fiscale...</translation>
    </message>
</context>
<context>
    <name>PersonProjectsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="199"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="200"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="201"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="202"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="203"/>
        <source>Desk</source>
        <translation>Antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="205"/>
        <source>Projects of the person</source>
        <translation>Projets de la personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="225"/>
        <source>Not in any project yet.</source>
        <translation>Dans aucun projet pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="257"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="260"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="261"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="264"/>
        <source>Dossier (PDF)...</source>
        <translation>Dossier (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="265"/>
        <source>Ctrl+P: preview, print or save the dossier</source>
        <translation>Ctrl+P&#xa0;: aperçu, impression ou enregistrement du dossier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="268"/>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="271"/>
        <source>Right of access: save the dossier and the data (JSON)...</source>
        <translation>Droit d&apos;accès&#xa0;: enregistrer le dossier et les données (JSON)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="275"/>
        <source>Right to erasure: anonymise this person...</source>
        <translation>Droit à l&apos;effacement&#xa0;: anonymiser cette personne...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="281"/>
        <source>Right to erasure: anonymise this person (administrators)</source>
        <translation>Droit à l&apos;effacement&#xa0;: anonymiser cette personne (administrateurs)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="314"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="315"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="316"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="317"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="350"/>
        <source>Person dossier</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="367"/>
        <source>Folder for the right-of-access files</source>
        <translation>Dossier pour les fichiers du droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="386"/>
        <location filename="../../deskapp/ui/person_record.py" line="403"/>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="394"/>
        <source>Written:
%1
%2</source>
        <translation>Écrits&#xa0;:
%1
%2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="413"/>
        <source>Anonymise %1</source>
        <translation>Anonymiser %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="416"/>
        <source>Names, codice fiscale, birthplace, contacts, address, previous employer and every free-text note of this person are erased for good. Sex, year of birth, education, work situation, the services received and the projects stay, anonymous, for the reports the funders need.

Copies made before (backups, printed or exported files) are not touched. This cannot be undone.</source>
        <translation>Noms, numéro fiscal, lieu de naissance, coordonnées, adresse, employeur précédent et toutes les notes libres de cette personne sont effacés définitivement. Sexe, année de naissance, formation, situation professionnelle, les services reçus et les projets restent, anonymes, pour les rapports des financeurs.

Les copies faites avant (sauvegardes, fichiers imprimés ou exportés) ne sont pas touchées. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="424"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="434"/>
        <source>Not anonymised</source>
        <translation>Non anonymisée</translation>
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
    <name>ProjectPage</name>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="148"/>
        <source>SIREN (9 digits) or SIRET (14 digits)</source>
        <translation>SIREN (9 chiffres) ou SIRET (14 chiffres)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="150"/>
        <source>Partita IVA (11 digits)</source>
        <translation>Partita IVA (11 chiffres)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="162"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="165"/>
        <source>The project&apos;s stage: click to move it to another</source>
        <translation>L&apos;étape du projet&#xa0;: cliquez pour la changer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="167"/>
        <source>Move to stage</source>
        <translation>Changer d&apos;étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="174"/>
        <source>Log activity...</source>
        <translation>Noter une activité...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="178"/>
        <location filename="../../deskapp/ui/project_page.py" line="324"/>
        <source>Business plan</source>
        <translation>Plan d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="183"/>
        <source>The business plan: sections, financial model, versions, document</source>
        <translation>Le plan d&apos;affaires&#xa0;: sections, modèle financier, versions, document</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="190"/>
        <source>Summary (PDF)...</source>
        <translation>Synthèse (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="191"/>
        <source>Ctrl+P: preview, print or save the summary</source>
        <translation>Ctrl+P&#xa0;: aperçu, impression ou enregistrement de la synthèse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="203"/>
        <location filename="../../deskapp/ui/project_page.py" line="206"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="259"/>
        <source>Save the project to add members, checklist and funding.</source>
        <translation>Enregistrez le projet pour ajouter associés, tâches et financements.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="260"/>
        <source>Members</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="293"/>
        <source>Members and capital</source>
        <translation>Associés et capital</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="294"/>
        <source>Checklist</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="295"/>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="296"/>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="297"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="298"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="311"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="316"/>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="317"/>
        <source>Opens the list of stages to move the project to.</source>
        <translation>Ouvre la liste des étapes vers lesquelles déplacer le projet.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="338"/>
        <source>Business plan: not started</source>
        <translation>Plan d&apos;affaires&#xa0;: pas commencé</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="341"/>
        <source>Business plan: draft</source>
        <translation>Plan d&apos;affaires&#xa0;: brouillon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_page.py" line="342"/>
        <source>Business plan: draft, %n version(s) frozen</source>
        <translation>
            <numerusform>Plan d&apos;affaires&#xa0;: brouillon, %n version figée</numerusform>
            <numerusform>Plan d&apos;affaires&#xa0;: brouillon, %n versions figées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="365"/>
        <source>Only for a workers buyout or a spin-off.</source>
        <translation>Seulement pour une reprise par les salariés ou un essaimage.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="410"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs suivis d&apos;un message.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="422"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="438"/>
        <source>The saved version is shown; your changes were dropped.</source>
        <translation>La version enregistrée est affichée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="441"/>
        <source>Not saved: someone else saved this project first.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a enregistré ce projet avant vous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="482"/>
        <source>Project summary</source>
        <translation>Synthèse du projet</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="135"/>
        <source>Choose a project</source>
        <translation>Choisir un projet</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="136"/>
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
        <location filename="../../deskapp/ui/registry_model.py" line="55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="56"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="57"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="57"/>
        <source>Social security no.</source>
        <translation>N° de sécurité sociale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="58"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="59"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="60"/>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="110"/>
        <source>(anonymised person no. %1)</source>
        <translation>(personne anonymisée n° %1)</translation>
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
        <location filename="../../deskapp/reports/indicators_report.py" line="353"/>
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
        <location filename="../../deskapp/reports/indicators_report.py" line="310"/>
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
        <location filename="../../deskapp/reports/indicators_report.py" line="262"/>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="264"/>
        <source>Participants, each under a pseudonym drawn for this file only</source>
        <translation>Participants, chacun sous un pseudonyme tiré pour ce seul fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="370"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="371"/>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="263"/>
        <location filename="../../deskapp/services/indicators.py" line="377"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="347"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="249"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="348"/>
        <location filename="../../deskapp/services/indicators.py" line="383"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="349"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="350"/>
        <location filename="../../deskapp/services/indicators.py" line="404"/>
        <source>Employment status</source>
        <translation>Situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="351"/>
        <source>Education (ISCED group)</source>
        <translation>Niveau d&apos;études (groupe CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="352"/>
        <source>First contact (month)</source>
        <translation>Premier contact (mois)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="94"/>
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="95"/>
        <source>25 to 54</source>
        <translation>25 à 54 ans</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="96"/>
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
        <location filename="../../deskapp/services/indicators.py" line="380"/>
        <source>Participants by gender</source>
        <translation>Participants par genre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="390"/>
        <source>Participants by age at entry</source>
        <translation>Participants par âge à l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="393"/>
        <source>Age at first contact</source>
        <translation>Âge au premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="394"/>
        <source>Age in full years on the day of first contact.</source>
        <translation>Âge en années révolues le jour du premier contact.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="401"/>
        <source>Participants by employment status</source>
        <translation>Participants par situation professionnelle</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="411"/>
        <source>Participants by education (ISCED)</source>
        <translation>Participants par niveau d&apos;études (CITE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="252"/>
        <location filename="../../deskapp/services/indicators.py" line="414"/>
        <source>Education</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="422"/>
        <source>Participants by disadvantage</source>
        <translation>Participants par situation de désavantage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="424"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="425"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="426"/>
        <source>Declined to answer</source>
        <translation>Ne souhaite pas répondre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="430"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="431"/>
        <source>Each question&apos;s answers add up to the participants.</source>
        <translation>Pour chaque question, le total des réponses est égal au nombre de participants.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="462"/>
        <source>New participants by month</source>
        <translation>Nouveaux participants par mois</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="463"/>
        <source>New participants</source>
        <translation>Nouveaux participants</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="465"/>
        <source>Month of first contact</source>
        <translation>Mois du premier contact</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="490"/>
        <source>Services delivered</source>
        <translation>Services rendus</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="255"/>
        <location filename="../../deskapp/services/indicators.py" line="491"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="491"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="493"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="495"/>
        <source>Services dated in the period at the desks in scope, with their hours.</source>
        <translation>Services datés de la période dans les antennes du périmètre, avec leurs heures.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="523"/>
        <source>Projects by stage and kind</source>
        <translation>Projets par étape et par type</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="526"/>
        <source>Stage on %2</source>
        <translation>Étape au %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="528"/>
        <source>Projects opened by %2, each in the stage it had reached at the end of that day (from the stage history).</source>
        <translation>Projets ouverts au plus tard le %2, chacun à l&apos;étape atteinte à la fin de ce jour-là (d&apos;après l&apos;historique des étapes).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="553"/>
        <source>Stage movements in the period</source>
        <translation>Changements d&apos;étape sur la période</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="555"/>
        <source>Projects moved there</source>
        <translation>Projets arrivés à cette étape</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="556"/>
        <source>Moves</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="559"/>
        <source>Stage reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="561"/>
        <source>Moves dated in the period; opening a project is not a move. Each project counts once per stage it moved to, however many times; the moves column counts every move.</source>
        <translation>Changements d&apos;étape datés de la période&#xa0;; l&apos;ouverture d&apos;un projet n&apos;en est pas un. Chaque projet compte une fois par étape atteinte, quel que soit le nombre de fois&#xa0;; la colonne des changements les compte tous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="258"/>
        <location filename="../../deskapp/services/indicators.py" line="618"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="619"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="622"/>
        <source>Enterprises supported: projects with a service or a stage move in the period.</source>
        <translation>Entreprises accompagnées&#xa0;: projets ayant eu un service ou un changement d&apos;étape pendant la période.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="626"/>
        <source>Enterprises created: start date within the period, follow-up or started reached by %2.</source>
        <translation>Entreprises créées&#xa0;: date de démarrage dans la période, étape Suivi ou Lancée atteinte au plus tard le %2.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="635"/>
        <source>Enterprises supported</source>
        <translation>Entreprises accompagnées</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="638"/>
        <source>Enterprises created</source>
        <translation>Entreprises créées</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="642"/>
        <source>Jobs created (members and employees of those enterprises)</source>
        <translation>Emplois créés (associés et salariés de ces entreprises)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="683"/>
        <source>Started at least that long before %2</source>
        <translation>Lancées au moins tant de mois avant le %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="684"/>
        <source>Still active at the period&apos;s end</source>
        <translation>Encore actives en fin de période</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="685"/>
        <source>Active that long after starting</source>
        <translation>Actives tant de mois après le démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="688"/>
        <source>Time since the start</source>
        <translation>Temps depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="690"/>
        <source>Enterprises started (start date, follow-up or started reached by %2) at least 6, 12, 24 or 36 months before %2. Active: not abandoned, on %2 or on the day 6, 12, 24 or 36 months after the start.</source>
        <translation>Entreprises lancées (date de démarrage, étape Suivi ou Lancée atteinte au plus tard le %2) au moins 6, 12, 24 ou 36 mois avant le %2. Active&#xa0;: non abandonnée, au %2 ou le jour des 6, 12, 24 ou 36 mois après le démarrage.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="734"/>
        <source>Funding by instrument (EUR)</source>
        <translation>Financements par instrument (EUR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="736"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="737"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="738"/>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="741"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="743"/>
        <source>Requested by submission date, granted by decision date, disbursed by disbursement date, each within the period.</source>
        <translation>Demandé selon la date de dépôt, accordé selon la date de décision, versé selon la date de versement, chacun dans la période.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="681"/>
        <source>Enterprises started, still active after</source>
        <translation>Entreprises lancées, encore actives après</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="626"/>
        <location filename="../../deskapp/ui/plan_statements.py" line="145"/>
        <source>{scenario}: {line}</source>
        <translation>{scenario}&#xa0;: {line}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="57"/>
        <source>Export the registry</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="61"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="62"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="63"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="66"/>
        <source>Export to a file...</source>
        <translation>Exporter dans un fichier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="71"/>
        <source>Semicolon (;): Excel in Italian or French</source>
        <translation>Point-virgule (;)&#xa0;: Excel en italien ou en français</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="72"/>
        <source>Comma (,): Excel in English, other programs</source>
        <translation>Virgule (,)&#xa0;: Excel en anglais, autres programmes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="76"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="77"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="80"/>
        <source>An Excel workbook (.xlsx) or a CSV file. Exports contain personal data: keep the file safe. Every export is recorded in the audit trail.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV. Les exports contiennent des données personnelles&#xa0;: conservez le fichier en lieu sûr. Chaque export est inscrit au journal des opérations.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="88"/>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="92"/>
        <source>From an .xlsx or .csv file with one row per person (same columns as the export). Every row is checked first: if any row has an error, nothing is imported and the errors are listed by line.</source>
        <translation>Depuis un fichier .xlsx ou .csv avec une ligne par personne (mêmes colonnes que l&apos;export). Chaque ligne est d&apos;abord vérifiée&#xa0;: si une ligne comporte une erreur, rien n&apos;est importé et les erreurs sont listées par ligne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="98"/>
        <source>Import from a file...</source>
        <translation>Importer depuis un fichier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="115"/>
        <source>Reports, exports and imports are for coordinators and administrators.</source>
        <translation>Rapports, exports et imports sont réservés aux coordinateurs et administrateurs.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="133"/>
        <source>Coordinator report (EU indicators)</source>
        <translation>Rapport de coordination (indicateurs UE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="137"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="138"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="139"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="140"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="141"/>
        <source>Other period</source>
        <translation>Autre période</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="148"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="150"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="158"/>
        <source>All desks</source>
        <translation>Toutes les antennes</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="162"/>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="165"/>
        <source>Desk: %1</source>
        <translation>Antenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="168"/>
        <source>Show every figure</source>
        <translation>Afficher tous les chiffres</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="176"/>
        <source>Preview (PDF)...</source>
        <translation>Aperçu (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="178"/>
        <source>Export figures (xlsx, CSV)...</source>
        <translation>Exporter les chiffres (xlsx, CSV)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="184"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="185"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="186"/>
        <source>Hide breakdown cells below</source>
        <translation>Masquer les cellules sous</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="187"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="217"/>
        <source>Write both dates of the period as DD/MM/YYYY.</source>
        <translation>Écrivez les deux dates de la période sous la forme JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="220"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="243"/>
        <source>Coordinator report</source>
        <translation>Rapport de coordination</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="269"/>
        <location filename="../../deskapp/ui/reports_page.py" line="309"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="271"/>
        <location filename="../../deskapp/ui/reports_page.py" line="311"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="279"/>
        <location filename="../../deskapp/ui/reports_page.py" line="321"/>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="294"/>
        <source>Figures of %Ln participants written to %1.</source>
        <translation>
            <numerusform>Chiffres de %Ln participant écrits dans %1.</numerusform>
            <numerusform>Chiffres de %Ln participants écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="331"/>
        <source>%Ln rows exported to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée dans %1.</numerusform>
            <numerusform>%Ln lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="343"/>
        <source>Import people from</source>
        <translation>Importer des personnes depuis</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="345"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="354"/>
        <source>Importing...</source>
        <translation>Import en cours...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="364"/>
        <source>%Ln people imported.</source>
        <translation>
            <numerusform>%Ln personne importée.</numerusform>
            <numerusform>%Ln personnes importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="367"/>
        <source>%Ln people imported, with %1.</source>
        <translation>
            <numerusform>%Ln personne importée, avec %1.</numerusform>
            <numerusform>%Ln personnes importées, avec %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="368"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="381"/>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="383"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="391"/>
        <source>... and %Ln more rows:</source>
        <translation>
            <numerusform>... et %Ln autre ligne&#xa0;:</numerusform>
            <numerusform>... et %Ln autres lignes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="393"/>
        <source>%Ln rows, %1: %2</source>
        <translation>
            <numerusform>%Ln ligne, %1&#xa0;: %2</numerusform>
            <numerusform>%Ln lignes, %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="411"/>
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
        <location filename="../../deskapp/ui/settings_page.py" line="107"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="108"/>
        <source>Back up now...</source>
        <translation>Sauvegarder maintenant...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="110"/>
        <source>Check the database</source>
        <translation>Vérifier la base</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="114"/>
        <source>Change...</source>
        <translation>Changer...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="117"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="119"/>
        <source>Restore from a backup...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="132"/>
        <source>Copies and restores by hand, and the backup folder, are for an administrator; the automatic backups run for everyone.</source>
        <translation>Les copies et restaurations à la main, et le dossier des sauvegardes, sont pour un administrateur&#xa0;; les sauvegardes automatiques se font pour tous.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="143"/>
        <source>Letterhead of the desk&apos;s documents</source>
        <translation>En-tête des documents de l&apos;antenne</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="147"/>
        <source>Choose the logo...</source>
        <translation>Choisir le logo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="149"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="155"/>
        <location filename="../../deskapp/ui/settings_page.py" line="209"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="160"/>
        <source>Retention (GDPR)</source>
        <translation>Conservation (RGPD)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="164"/>
        <source>Data is kept 5 years from 31 December of the year of the last payment, service or contact (10 after state aid), then anonymised.</source>
        <translation>Les données sont gardées 5 ans à partir du 31 décembre de l&apos;année du dernier paiement, service ou contact (10 après une aide d&apos;État), puis anonymisées.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="171"/>
        <location filename="../../deskapp/ui/settings_page.py" line="313"/>
        <source>See who, and anonymise...</source>
        <translation>Voir qui, et anonymiser...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="313"/>
        <source>See who...</source>
        <translation>Voir qui...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="179"/>
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
        <location filename="../../deskapp/ui/settings_page.py" line="201"/>
        <source>No logo: the documents carry the desk&apos;s name.</source>
        <translation>Pas de logo&#xa0;: les documents portent le nom de l&apos;antenne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="209"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="216"/>
        <source>This file is not an image deskapp can read.</source>
        <translation>Ce fichier n&apos;est pas une image que deskapp sait lire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="247"/>
        <source>The new language applies when deskapp restarts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="256"/>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="256"/>
        <location filename="../../deskapp/ui/settings_page.py" line="365"/>
        <source>Database (*.sqlite)</source>
        <translation>Base de données (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="264"/>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="267"/>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="277"/>
        <source>newest: %1</source>
        <translation>la plus récente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="279"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="282"/>
        <source>%1 (%2; a copy a day, kept 7 days, 4 weeks, 12 months)</source>
        <translation>%1 (%2&#xa0;; une copie par jour, gardées 7 jours, 4 semaines, 12 mois)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="306"/>
        <source>Nobody&apos;s retention has ended.</source>
        <translation>Aucune durée de conservation n&apos;est écoulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="308"/>
        <source>%n person(s) whose retention has ended.</source>
        <translation>
            <numerusform>%n personne dont la durée de conservation est écoulée.</numerusform>
            <numerusform>%n personnes dont la durée de conservation est écoulée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="310"/>
        <source>An administrator anonymises them.</source>
        <translation>Un administrateur les anonymise.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="329"/>
        <source>Anonymising...</source>
        <translation>Anonymisation...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="333"/>
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n personne anonymisée.</numerusform>
            <numerusform>%n personnes anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="346"/>
        <source>Folder for the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="363"/>
        <location filename="../../deskapp/ui/settings_page.py" line="378"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="380"/>
        <source>Replace the database with the copy %1?

What was entered after that copy is not in it. The current file is kept aside first. deskapp closes afterwards: start it again.</source>
        <translation>Remplacer la base de données par la copie %1&#xa0;?

Ce qui a été saisi après cette copie n&apos;y est pas. Le fichier actuel est d&apos;abord mis de côté. deskapp se ferme ensuite&#xa0;: relancez-le.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="400"/>
        <source>Restored from %1; the previous file was kept as %2. deskapp closes now.</source>
        <translation>Restaurée depuis %1&#xa0;; le fichier précédent a été gardé sous %2. deskapp se ferme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="408"/>
        <source>%n people erased after this backup was made were anonymised again.</source>
        <translation>
            <numerusform>%n personne effacée après cette sauvegarde a été anonymisée à nouveau.</numerusform>
            <numerusform>%n personnes effacées après cette sauvegarde ont été anonymisées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="420"/>
        <source>Checking the database...</source>
        <translation>Vérification de la base...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="424"/>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="426"/>
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
        <location filename="../../deskapp/ui/person_record.py" line="52"/>
        <source>Occupation or skill</source>
        <translation>Métier ou compétence</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="53"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="54"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="55"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="57"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="60"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="64"/>
        <source>Add skill...</source>
        <translation>Ajouter une compétence...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="65"/>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="87"/>
        <source>No skills recorded. Add the trades and competences the person has.</source>
        <translation>Aucune compétence enregistrée. Ajoutez les métiers et savoir-faire de la personne.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="111"/>
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
        <location filename="../../deskapp/ui/pickers.py" line="40"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="44"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="45"/>
        <source>Ctrl or Shift with the arrows and Space choose several; Enter adds them.</source>
        <translation>Ctrl ou Maj avec les flèches et Espace en choisissent plusieurs&#xa0;; Entrée les ajoute.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="47"/>
        <source>Enter chooses.</source>
        <translation>Entrée choisit.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="56"/>
        <source>Add selected</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="56"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="95"/>
        <source>No one matches.</source>
        <translation>Personne ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/pickers.py" line="103"/>
        <source>Added: %Ln. Search for the next one.</source>
        <translation>
            <numerusform>Ajoutée&#xa0;: %Ln. Cherchez la suivante.</numerusform>
            <numerusform>Ajoutées&#xa0;: %Ln. Cherchez la suivante.</numerusform>
        </translation>
    </message>
</context>
</TS>

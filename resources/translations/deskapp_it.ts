<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../deskapp/ui/accessibility.py" line="113"/>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accessibility.py" line="124"/>
        <source>Select all</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="37"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="38"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="39"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="40"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="41"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="42"/>
        <source>Last login</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="44"/>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="46"/>
        <source>New account...</source>
        <translation>Nuovo account...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="47"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="48"/>
        <source>Set password...</source>
        <translation>Imposta password...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="49"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="81"/>
        <source>Switched off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="83"/>
        <source>Locked: too many wrong passwords</source>
        <translation>Bloccato: troppe password errate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="85"/>
        <source>Chooses a password at the first login</source>
        <translation>Sceglie la password al primo accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="86"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="108"/>
        <source>Give it to the colleague in person</source>
        <translation>Consegnala di persona al collega</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="119"/>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="170"/>
        <source>Not unlocked</source>
        <translation>Non sbloccato</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="169"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="170"/>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="171"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="172"/>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="173"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="174"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="178"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="182"/>
        <source>Log activity...</source>
        <translation>Registra attività...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="204"/>
        <source>%1 (done)</source>
        <translation>%1 (fatto)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="226"/>
        <source>No activity yet. Log the first one with the button below.</source>
        <translation>Nessuna attività. Registra la prima con il pulsante qui sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/panels.py" line="241"/>
        <source>Proposal: %1</source>
        <translation>Proposta: %1</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="45"/>
        <source>in 1 week</source>
        <translation>tra 1 settimana</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="46"/>
        <source>in 2 weeks</source>
        <translation>tra 2 settimane</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="47"/>
        <source>in 1 month</source>
        <translation>tra 1 mese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="53"/>
        <source>Follow-up %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="65"/>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/activity_dialog.py" line="74"/>
        <source>Log activity</source>
        <translation>Registra attività</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <location filename="../../deskapp/ui/administration_page.py" line="21"/>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/administration_page.py" line="22"/>
        <source>Audit trail</source>
        <translation>Registro delle operazioni</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="61"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="62"/>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="63"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="64"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="65"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="69"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="70"/>
        <source>Mark done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="71"/>
        <source>Done, and log the next...</source>
        <translation>Fatto, e registra il prossimo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="76"/>
        <source>&lt; Previous week</source>
        <translation>&lt; Settimana precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="77"/>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="79"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="81"/>
        <source>Next week &gt;</source>
        <translation>Settimana successiva &gt;</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="67"/>
        <location filename="../../deskapp/ui/agenda_page.py" line="110"/>
        <source>My follow-ups</source>
        <translation>I miei follow-up</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="60"/>
        <source>Due date</source>
        <comment>agenda column: the day a follow-up is due</comment>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="82"/>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="111"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="128"/>
        <source>Choose an operator to see their follow-ups.</source>
        <translation>Scegli un operatore per vedere i suoi follow-up.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="148"/>
        <source>Overdue by %Ln days</source>
        <translation>
            <numerusform>Scaduto da %Ln giorno</numerusform>
            <numerusform>Scaduto da %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="150"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="152"/>
        <source>Coming up</source>
        <comment>agenda state: a follow-up due after today</comment>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="169"/>
        <source>No follow-ups for today or the coming week.</source>
        <translation>Nessun follow-up per oggi né per la prossima settimana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="173"/>
        <source>%Ln follow-ups due in the next 7 days</source>
        <translation>
            <numerusform>%Ln follow-up in scadenza nei prossimi 7 giorni</numerusform>
            <numerusform>%Ln follow-up in scadenza nei prossimi 7 giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="174"/>
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln scaduto</numerusform>
            <numerusform>, %Ln scaduti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="186"/>
        <source>Week %1 - %2</source>
        <translation>Settimana %1 - %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="204"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/agenda_page.py" line="206"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/agenda_page.py" line="218"/>
        <source>%Ln follow-ups this week</source>
        <translation>
            <numerusform>%Ln follow-up questa settimana</numerusform>
            <numerusform>%Ln follow-up questa settimana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../deskapp/ui/crash.py" line="108"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/crash.py" line="109"/>
        <source>Something went wrong: %1

What was saved before is safe. The details were written to %2; send that file to whoever looks after deskapp.</source>
        <translation>Qualcosa è andato storto: %1

Quello che era già salvato è al sicuro. I dettagli sono stati scritti in %2; invia quel file a chi si occupa di deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="186"/>
        <source>No database yet</source>
        <translation>Nessun database</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="187"/>
        <source>There is no database at
%1

Create a new, empty database there? If you expected to find your registry, choose No and check the path.</source>
        <translation>Non c&apos;è nessun database in
%1

Crearne uno nuovo, vuoto, lì? Se ti aspettavi di trovare il tuo registro, scegli No e controlla il percorso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="270"/>
        <source>The database is in use</source>
        <translation>La banca dati è in uso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="275"/>
        <source>Network share</source>
        <translation>Cartella di rete</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="351"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire la banca dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="363"/>
        <source>Automatic backup made: %1</source>
        <translation>Copia automatica fatta: %1</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="35"/>
        <source>1 row ({note})</source>
        <translation>1 riga ({note})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="36"/>
        <source>{n} rows ({note})</source>
        <translation>{n} righe ({note})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="40"/>
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="41"/>
        <source>{n} rows</source>
        <translation>{n} righe</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="45"/>
        <source>1 person shown ({where})</source>
        <translation>1 persona mostrata ({where})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="46"/>
        <source>{n} people shown ({where})</source>
        <translation>{n} persone mostrate ({where})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="50"/>
        <source>demo data: 1 person, seed {seed}</source>
        <translation>dati dimostrativi: 1 persona, seme {seed}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="51"/>
        <source>demo data: {n} persons, seed {seed}</source>
        <translation>dati dimostrativi: {n} persone, seme {seed}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="55"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="56"/>
        <source>{n} persons</source>
        <translation>{n} persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="64"/>
        <source>no password</source>
        <translation>senza password</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="65"/>
        <source>backup</source>
        <translation>copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="66"/>
        <source>restored from a backup</source>
        <translation>ripristinato da una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="67"/>
        <source>member anonymised</source>
        <translation>socio anonimizzato</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="68"/>
        <source>anonymised (GDPR art. 17)</source>
        <translation>anonimizzato (GDPR art. 17)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="69"/>
        <source>anonymised (GDPR art. 17), re-applied after restore</source>
        <translation>anonimizzato (GDPR art. 17), riapplicato dopo il ripristino</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="71"/>
        <source>batch</source>
        <translation>in blocco</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="72"/>
        <source>all desks</source>
        <translation>tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="73"/>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="81"/>
        <source>restored from a backup by {name}</source>
        <translation>ripristinato da una copia di sicurezza da {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="83"/>
        <source>person {id}</source>
        <translation>persona {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="84"/>
        <source>project {id}</source>
        <translation>progetto {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="85"/>
        <source>desk {id}</source>
        <translation>sportello {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="86"/>
        <source>region {code}</source>
        <translation>regione {code}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_details.py" line="90"/>
        <source>{format}, {start} to {end}, {scope}</source>
        <translation>{format}, dal {start} al {end}, {scope}</translation>
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
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="53"/>
        <source>Privacy consent</source>
        <translation>Consenso privacy</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="54"/>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="55"/>
        <source>Needs assessment</source>
        <translation>Analisi dei bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="56"/>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="57"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="58"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="59"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="60"/>
        <source>Project member</source>
        <translation>Socio del progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="61"/>
        <source>Funding application</source>
        <translation>Domanda di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="62"/>
        <source>Structural resource</source>
        <translation>Risorsa strutturale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="63"/>
        <source>Business plan</source>
        <translation>Business plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="64"/>
        <source>Business plan version</source>
        <translation>Versione del business plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="65"/>
        <source>Funding catalogue</source>
        <translation>Catalogo dei finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="66"/>
        <source>Person dossier (PDF)</source>
        <translation>Fascicolo della persona (PDF)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="67"/>
        <source>Right of access</source>
        <translation>Diritto di accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="68"/>
        <source>Project summary</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="69"/>
        <source>Coordinator report</source>
        <translation>Report del coordinatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="70"/>
        <source>People (table)</source>
        <translation>Persone (tabella)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="71"/>
        <source>Projects (table)</source>
        <translation>Progetti (tabella)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="72"/>
        <source>Activities (table)</source>
        <translation>Attività (tabella)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="116"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="117"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="118"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="119"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="120"/>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="121"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="169"/>
        <source>(set-up)</source>
        <translation>(configurazione)</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="209"/>
        <location filename="../../deskapp/ui/audit_panel.py" line="212"/>
        <location filename="../../deskapp/ui/audit_panel.py" line="329"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="210"/>
        <source>Choose a person...</source>
        <translation>Scegli una persona...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="222"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="226"/>
        <source>Every kind</source>
        <translation>Ogni tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="231"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="233"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="243"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="244"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="245"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="246"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="259"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="265"/>
        <source>The trail names the fields written, never their values. It cannot be changed; &apos;Check the database&apos; (Settings) verifies its chain.</source>
        <translation>Il registro nomina i campi scritti, mai i loro valori. Non si può modificare; &apos;Controlla la banca dati&apos; (Impostazioni) ne verifica la catena.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="291"/>
        <source>Write the dates as DD/MM/YYYY.</source>
        <translation>Scrivi le date come GG/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="298"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="323"/>
        <source>No event matches.</source>
        <translation>Nessun evento corrisponde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/audit_panel.py" line="323"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/audit_panel.py" line="333"/>
        <source>%1 %2 (no. %3)</source>
        <translation>%1 %2 (n. %3)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../deskapp/ui/tasks.py" line="63"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/tasks.py" line="83"/>
        <source>Cancelling...</source>
        <translation>Annullamento in corso...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/tasks.py" line="90"/>
        <source>%Ln rows done</source>
        <translation>
            <numerusform>%Ln riga fatta</numerusform>
            <numerusform>%Ln righe fatte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../deskapp/services/backups.py" line="187"/>
        <source>The backup was not encrypted: the restored database is encrypted with the database&apos;s key, as the file it replaced was.</source>
        <translation>La copia non era cifrata: la banca dati ripristinata è cifrata con la chiave della banca dati, come lo era il file che ha sostituito.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="193"/>
        <source>The restored database is encrypted with its key, as the backup was.</source>
        <translation>La banca dati ripristinata è cifrata con la sua chiave, come lo era la copia.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="196"/>
        <source>The restored database is not encrypted, as the backup was not.</source>
        <translation>La banca dati ripristinata non è cifrata, perché non lo era la copia.</translation>
    </message>
</context>
<context>
    <name>BusinessPlan</name>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="62"/>
        <source>Anonymised member</source>
        <translation>Socio anonimizzato</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="36"/>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="37"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="38"/>
        <source>Provided by</source>
        <translation>Erogato da</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="39"/>
        <source>Up to (EUR)</source>
        <translation>Fino a (EUR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="40"/>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="41"/>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="44"/>
        <source>Funding instruments</source>
        <translation>Strumenti di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="46"/>
        <source>Show closed instruments</source>
        <translation>Mostra gli strumenti chiusi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="50"/>
        <source>New instrument...</source>
        <translation>Nuovo strumento...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="51"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="54"/>
        <source>The coordinators keep this catalogue.</source>
        <translation>Questo catalogo è curato dai coordinatori.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="89"/>
        <source>not set</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="90"/>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="91"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="91"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="96"/>
        <source>No funding instrument in the catalogue.</source>
        <translation>Nessuno strumento di finanziamento nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="110"/>
        <source>Choose an instrument to read who may apply and for what.</source>
        <translation>Scegli uno strumento per leggere chi può fare domanda e per che cosa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/catalogue_panel.py" line="148"/>
        <source>New funding instrument</source>
        <translation>Nuovo strumento di finanziamento</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="150"/>
        <source>audit trail: the anchor {path} cannot be read; the backups&apos; manifests are used instead</source>
        <translation>registro delle operazioni: il punto di controllo {path} non si può leggere; si usano invece i manifest delle copie</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="211"/>
        <source>audit trail: no anchor to compare it with (none beside the file, none in the backups&apos; manifests)</source>
        <translation>registro delle operazioni: nessun punto di controllo con cui confrontarlo (né accanto al file, né nei manifest delle copie)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="235"/>
        <source>audit trail: it has no events, but the anchor of {date} ({source}) names event {anchored}: the whole trail is missing. Restore the last good backup.</source>
        <translation>registro delle operazioni: non ha eventi, ma il punto di controllo del {date} ({source}) indica l&apos;evento {anchored}: manca l&apos;intero registro. Ripristina l&apos;ultima copia buona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="241"/>
        <source>audit trail: its first event is not the one the anchor of {date} ({source}) recorded: the file was replaced by another database, or its trail rewritten from the start. Restore the last good backup and compare the two trails.</source>
        <translation>registro delle operazioni: il primo evento non è quello annotato dal punto di controllo del {date} ({source}): il file è stato sostituito da un&apos;altra banca dati, o il suo registro è stato riscritto dall&apos;inizio. Ripristina l&apos;ultima copia buona e confronta i due registri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="248"/>
        <source>audit trail: the trail ends at event {last} but the anchor of {date} ({source}) names event {anchored}: the events after {last} are missing (a lost -wal file, a copy taken while deskapp was writing, or events removed). Restore the last good backup and compare the two trails.</source>
        <translation>registro delle operazioni: il registro finisce all&apos;evento {last} ma il punto di controllo del {date} ({source}) indica l&apos;evento {anchored}: mancano gli eventi dopo {last} (un file -wal perso, una copia fatta mentre deskapp scriveva, o eventi eliminati). Ripristina l&apos;ultima copia buona e confronta i due registri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="256"/>
        <source>audit trail: event {anchored}, named by the anchor of {date} ({source}), is missing: the trail was rewritten. Restore the last good backup and compare the two trails.</source>
        <translation>registro delle operazioni: manca l&apos;evento {anchored}, indicato dal punto di controllo del {date} ({source}): il registro è stato riscritto. Ripristina l&apos;ultima copia buona e confronta i due registri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="263"/>
        <source>audit trail: event {anchored} does not have the hash the anchor of {date} ({source}) recorded: the trail was rewritten or forged up to there. Restore the last good backup and compare the two trails.</source>
        <translation>registro delle operazioni: l&apos;evento {anchored} non ha l&apos;impronta annotata dal punto di controllo del {date} ({source}): il registro è stato riscritto o falsificato fino a lì. Ripristina l&apos;ultima copia buona e confronta i due registri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="270"/>
        <source>audit trail: {events} events up to event {anchored}, but the anchor of {date} ({source}) counted {counted}: events were removed or added before it. Restore the last good backup and compare the two trails.</source>
        <translation>registro delle operazioni: {events} eventi fino all&apos;evento {anchored}, ma il punto di controllo del {date} ({source}) ne contava {counted}: sono stati eliminati o aggiunti eventi prima di esso. Ripristina l&apos;ultima copia buona e confronta i due registri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="280"/>
        <source>audit trail: matches its anchor of {date} (event {anchored})</source>
        <translation>registro delle operazioni: corrisponde al suo punto di controllo del {date} (evento {anchored})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="50"/>
        <source>audit trail: the chain breaks at event {event} (an event was changed); restore the last good backup and compare the two trails</source>
        <translation>registro delle operazioni: la catena si interrompe all&apos;evento {event} (un evento è stato modificato); ripristina l&apos;ultimo backup buono e confronta i due registri</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="55"/>
        <source>audit trail: the chain breaks at event {event} (an event was removed before it); restore the last good backup and compare the two trails</source>
        <translation>registro delle operazioni: la catena si interrompe all&apos;evento {event} (un evento prima di esso è stato rimosso); ripristina l&apos;ultimo backup buono e confronta i due registri</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="73"/>
        <source>schema revision is {revision}, this version of deskapp expects {expected}: run &apos;deskapp db upgrade&apos;</source>
        <translation>la revisione dello schema è {revision}, questa versione di deskapp si aspetta {expected}: esegui &apos;deskapp db upgrade&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="87"/>
        <source>integrity: {line}</source>
        <translation>integrità: {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="94"/>
        <source>row {row} of {table} points to a missing {parent}</source>
        <translation>la riga {row} di {table} rimanda a un {parent} che non esiste</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="105"/>
        <source>... and {count} more broken references</source>
        <translation>... e altri {count} riferimenti interrotti</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="114"/>
        <source>search index {index}: {error}</source>
        <translation>indice di ricerca {index}: {error}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="122"/>
        <location filename="../../deskapp/services/server_check.py" line="25"/>
        <source>the audit trail&apos;s append-only triggers are {state}: {name}</source>
        <translation>i trigger che rendono il registro delle operazioni non modificabile sono {state}: {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="150"/>
        <source>audit trail: {count} events, chain intact</source>
        <translation>registro delle operazioni: {count} eventi, catena integra</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="157"/>
        <source>{persons} persons, schema {revision}</source>
        <translation>{persons} persone, schema {revision}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="37"/>
        <source>the integrity of the server&apos;s files, their backups, and the removal of erased rows&apos; old versions (VACUUM FULL) are the server administrator&apos;s job</source>
        <translation>l&apos;integrità dei file del server, i loro backup e la rimozione delle vecchie versioni delle righe cancellate (VACUUM FULL) sono compito dell&apos;amministratore del server</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="52"/>
        <source>audit trail: its {count} append-only triggers are in place ({names})</source>
        <translation>registro delle operazioni: i suoi {count} trigger di sola aggiunta sono presenti ({names})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="70"/>
        <source>search index {index} is missing: searches read every row; run &apos;deskapp db upgrade&apos; as the schema&apos;s owner</source>
        <translation>manca l&apos;indice di ricerca {index}: le ricerche leggono ogni riga; esegui &apos;deskapp db upgrade&apos; come proprietario dello schema</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="81"/>
        <source>search indexes in place (pg_trgm, GIN): {indexes}</source>
        <translation>indici di ricerca presenti (pg_trgm, GIN): {indexes}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="92"/>
        <source>connected as {role}, the schema&apos;s owner, which may change it: the desks connect as a role granted with &apos;deskapp db grant --role NAME&apos;</source>
        <translation>collegato come {role}, proprietario dello schema, che può modificarlo: gli sportelli si collegano con un ruolo abilitato con &apos;deskapp db grant --role NOME&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="98"/>
        <source>connected as {role}, a superuser, which may change anything: the desks connect as a role granted with &apos;deskapp db grant --role NAME&apos;</source>
        <translation>collegato come {role}, un superutente, che può modificare tutto: gli sportelli si collegano con un ruolo abilitato con &apos;deskapp db grant --role NOME&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="110"/>
        <source>no desks&apos; role is granted yet (&apos;deskapp db grant --role NAME&apos;)</source>
        <translation>nessun ruolo degli sportelli è ancora abilitato (&apos;deskapp db grant --role NOME&apos;)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="126"/>
        <source>role {role}: reads and writes the records, adds to the audit trail, cannot change the schema nor change or delete audit events</source>
        <translation>ruolo {role}: legge e scrive le schede, aggiunge al registro delle operazioni, non può modificare lo schema né modificare o cancellare operazioni registrate</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="145"/>
        <source>role {role} is a superuser: it can change the schema and the audit trail; give the desks a role without superuser rights</source>
        <translation>il ruolo {role} è un superutente: può modificare lo schema e il registro delle operazioni; dai agli sportelli un ruolo senza diritti di superutente</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="156"/>
        <source>role {role} may create tables in the schema: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>il ruolo {role} può creare tabelle nello schema: esegui &apos;deskapp db grant --role {role}&apos; come proprietario</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="167"/>
        <source>role {role} holds {rights} on the audit trail, which it may only add to: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>il ruolo {role} ha {rights} sul registro delle operazioni, a cui può solo aggiungere: esegui &apos;deskapp db grant --role {role}&apos; come proprietario</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="179"/>
        <source>role {role} may change the schema&apos;s revision: run &apos;deskapp db grant --role {role}&apos; as the owner</source>
        <translation>il ruolo {role} può modificare la revisione dello schema: esegui &apos;deskapp db grant --role {role}&apos; come proprietario</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_check.py" line="191"/>
        <source>role {role} cannot read and write {tables}: deskapp fails there until the owner runs &apos;deskapp db grant --role {role}&apos;</source>
        <translation>il ruolo {role} non può leggere e scrivere {tables}: deskapp lì non funziona finché il proprietario non esegue &apos;deskapp db grant --role {role}&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="105"/>
        <source>role {role} is a member of {through}, so it can act as that role (SET ROLE): the server&apos;s administrator runs {fix}</source>
        <translation>il ruolo {role} è membro di {through}, quindi può agire come quel ruolo (SET ROLE): l&apos;amministratore del server esegue {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="110"/>
        <source>role {role} owns the database {through}, and with it the schema: the server&apos;s administrator runs {fix}</source>
        <translation>il ruolo {role} è proprietario del database {through}, e con esso dello schema: l&apos;amministratore del server esegue {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="115"/>
        <source>role {role} may create roles, and so grant itself others: the server&apos;s administrator runs {fix}</source>
        <translation>il ruolo {role} può creare ruoli, e quindi concedersene altri: l&apos;amministratore del server esegue {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="120"/>
        <source>role {role} bypasses row-level security: the server&apos;s administrator runs {fix}</source>
        <translation>il ruolo {role} aggira la sicurezza a livello di riga: l&apos;amministratore del server esegue {fix}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="124"/>
        <source>role {role} may create schemas in the database {through}: the server&apos;s administrator runs {fix}</source>
        <translation>il ruolo {role} può creare schemi nel database {through}: l&apos;amministratore del server esegue {fix}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="39"/>
        <source>First interview held</source>
        <translation>Primo colloquio svolto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="43"/>
        <source>Privacy notice given to every promoter</source>
        <translation>Informativa privacy data a ogni promotore</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="45"/>
        <source>Idea written down</source>
        <translation>Idea messa per iscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="49"/>
        <source>Group of promoters or workers formed</source>
        <translation>Gruppo di promotori o lavoratori costituito</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="54"/>
        <source>Origin company&apos;s situation documented</source>
        <translation>Situazione dell&apos;azienda di origine documentata</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="60"/>
        <source>Market and competitors analysed</source>
        <translation>Mercato e concorrenti analizzati</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="65"/>
        <source>Skills audit of the members done</source>
        <translation>Bilancio di competenze dei soci fatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="70"/>
        <source>Premises and equipment identified</source>
        <translation>Locali e attrezzature individuati</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="75"/>
        <source>Cooperative federation involved</source>
        <translation>Centrale cooperativa coinvolta</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="77"/>
        <source>Regional union of the Scop (URSCOP) involved</source>
        <translation>Unione regionale delle Scop (URSCOP) coinvolta</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="82"/>
        <source>Business plan drafted</source>
        <translation>Business plan redatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="87"/>
        <source>Members&apos; capital agreed (TFR, NASpI advance)</source>
        <translation>Capitale dei soci concordato (TFR, NASpI anticipata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="88"/>
        <source>Members&apos; capital agreed (savings, ARCE)</source>
        <translation>Capitale dei soci concordato (risparmi, ARCE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="93"/>
        <source>Business plan reviewed with the desk</source>
        <translation>Business plan rivisto con lo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="98"/>
        <source>Funding instruments identified</source>
        <translation>Strumenti di finanziamento individuati</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="103"/>
        <source>Applications submitted</source>
        <translation>Domande presentate</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="108"/>
        <source>NASpI advance requested from INPS</source>
        <translation>NASpI anticipata chiesta all&apos;INPS</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="110"/>
        <source>ARCE requested from France Travail</source>
        <translation>ARCE chiesta a France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="115"/>
        <source>Enterprise incorporated (deed and statute)</source>
        <translation>Impresa costituita (atto e statuto)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="120"/>
        <source>Registered with the chamber of commerce</source>
        <translation>Iscritta alla camera di commercio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="125"/>
        <source>Company or branch leased or bought</source>
        <translation>Azienda o ramo d&apos;azienda affittato o acquistato</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="131"/>
        <source>Follow-up at 6 months</source>
        <translation>Follow-up a 6 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="136"/>
        <source>Follow-up at 12 months</source>
        <translation>Follow-up a 12 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="141"/>
        <source>Follow-up at 24 months</source>
        <translation>Follow-up a 24 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="146"/>
        <source>Follow-up at 36 months</source>
        <translation>Follow-up a 36 mesi</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="239"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="239"/>
        <location filename="../../deskapp/ui/project_panels.py" line="329"/>
        <source>Done on</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="251"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="256"/>
        <source>Tick a step when it is done (Space); double-click it or press Enter to change the date.</source>
        <translation>Spunta un passo quando è fatto (Spazio); fai doppio clic o premi Invio per cambiarne la data.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="330"/>
        <source>Date the step was done (DD/MM/YYYY):</source>
        <translation>Data in cui il passo è stato fatto (GG/MM/AAAA):</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="340"/>
        <source>Not a date: write it as DD/MM/YYYY.</source>
        <translation>Non è una data: scrivila come GG/MM/AAAA.</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordDialog</name>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="110"/>
        <source>Password for the account %1</source>
        <translation>Password dell&apos;account %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="112"/>
        <source>Choose your password</source>
        <translation>Scegli la tua password</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="119"/>
        <source>A new password for %1: at least 8 characters, not a common password. Tell it to them in person; they can change it afterwards. A locked account is unlocked too.</source>
        <translation>Una nuova password per %1: almeno 8 caratteri, non una password comune. Comunicala di persona; potrà cambiarla in seguito. Un account bloccato viene anche sbloccato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="125"/>
        <source>%1, your account has no password yet. Choose one: at least 8 characters, not a common password; a short sentence is easy to remember.</source>
        <translation>%1, il tuo account non ha ancora una password. Scegline una: almeno 8 caratteri, non una password comune; una breve frase è facile da ricordare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="130"/>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="131"/>
        <source>The same again</source>
        <translation>Di nuovo la stessa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="136"/>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="45"/>
        <source>Desk &apos;{desk}&apos; created; administrator &apos;{name}&apos;.</source>
        <translation>Sportello &apos;{desk}&apos; creato; amministratore &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="61"/>
        <source>Demo data written: {persons} persons, {projects} projects, {activities} activities, {applications} funding applications, {plans} business plans, {desks} desks, {operators} operators (seed {seed}).</source>
        <translation>Dati dimostrativi scritti: {persons} persone, {projects} progetti, {activities} attività, {applications} domande di finanziamento, {plans} piani d&apos;impresa, {desks} sportelli, {operators} operatori (seed {seed}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="78"/>
        <source>Act as the demo administrator with: --operator &apos;Amministratore demo&apos; (every demo account&apos;s password: {password}; DESKAPP_PASSWORD sets it for the command line)</source>
        <translation>Agisci come amministratore dimostrativo con: --operator &apos;Amministratore demo&apos; (password di ogni account dimostrativo: {password}; DESKAPP_PASSWORD la passa alla riga di comando)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="97"/>
        <location filename="../../deskapp/cli/copy_command.py" line="231"/>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="109"/>
        <source>... and 1 more row:</source>
        <translation>... e ancora 1 riga:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="110"/>
        <source>... and {n} more rows:</source>
        <translation>... e ancora {n} righe:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="119"/>
        <source>1 row, {column}: {kind}{reason}</source>
        <translation>1 riga, {column}: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="120"/>
        <source>{n} rows, {column}: {kind}{reason}</source>
        <translation>{n} righe, {column}: {kind}{reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="135"/>
        <source>, 1 warning</source>
        <translation>, 1 avviso</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="136"/>
        <source>, {n} warnings</source>
        <translation>, {n} avvisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="156"/>
        <location filename="../../deskapp/cli/commands.py" line="194"/>
        <source>{rows} rows checked, no errors{warnings}; nothing written (--dry-run).</source>
        <translation>{rows} righe controllate, nessun errore{warnings}; nulla scritto (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="163"/>
        <source>{count} openings imported.</source>
        <translation>{count} offerte di lavoro importate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="167"/>
        <source>{count} organisations imported.</source>
        <translation>{count} organizzazioni importate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="203"/>
        <source>{count} persons imported{warnings}.</source>
        <translation>{count} persone importate{warnings}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="219"/>
        <source>{count} rows of {what} written to {path}.</source>
        <translation>{count} righe di {what} scritte in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="269"/>
        <source>{participants} participants; report written to {path}.</source>
        <translation>{participants} partecipanti; report scritto in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="277"/>
        <source>The participants are listed one a line in {path}, beside the workbook: too many rows for a sheet. Keep the two files together.</source>
        <translation>I partecipanti sono elencati uno per riga in {path}, accanto alla cartella di Excel: troppe righe per un foglio. Tieni insieme i due file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="322"/>
        <source>{count} dossiers written to {path}.</source>
        <translation>{count} fascicoli scritti in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="345"/>
        <source>Document written to {path}.</source>
        <translation>Documento scritto in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="385"/>
        <source>Right of access: {pdf} and {data} written.</source>
        <translation>Diritto di accesso: scritti {pdf} e {data}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="401"/>
        <source>Person {id} anonymised: {fields} identifying fields erased, {notes} notes cleared; anonymous facts kept.</source>
        <translation>Persona {id} anonimizzata: {fields} campi identificativi cancellati, {notes} note svuotate; i dati anonimi restano.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="413"/>
        <source>On a server, the old versions of the erased rows stay in the tables&apos; files until the administrator runs VACUUM FULL, and in the server&apos;s WAL and backups until they expire; a backup restored later brings the person back and must be anonymised again. These are the server administrator&apos;s job.</source>
        <translation>Su un server, le vecchie versioni delle righe cancellate restano nei file delle tabelle finché l&apos;amministratore non esegue VACUUM FULL, e nel WAL e nei backup del server finché non scadono; un backup ripristinato in seguito riporta la persona e va anonimizzato di nuovo. Questo è compito dell&apos;amministratore del server.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="434"/>
        <source>{id:&gt;7}  last date {last}  kept until {until}</source>
        <translation>{id:&gt;7}  ultima data {last}  conservata fino al {until}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="441"/>
        <source>  (state aid)</source>
        <translation>  (aiuto di Stato)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="444"/>
        <source>... and {count} more</source>
        <translation>... e altre {count}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="448"/>
        <source>{count} people due for anonymisation; add --apply to anonymise them.</source>
        <translation>{count} persone da anonimizzare; aggiungi --apply per anonimizzarle.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="462"/>
        <source>{count} people anonymised.</source>
        <translation>{count} persone anonimizzate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="479"/>
        <source>No one found.</source>
        <translation>Nessuno trovato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="513"/>
        <source>Person {id} has no consent in force to be proposed to employers and projects: no match is shown. Record that consent first.</source>
        <translation>La persona {id} non ha un consenso valido a essere proposta a datori di lavoro e progetti: nessun abbinamento viene mostrato. Registra prima quel consenso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="522"/>
        <source>Openings:</source>
        <translation>Offerte di lavoro:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="524"/>
        <source>No open opening fits.</source>
        <translation>Nessuna offerta di lavoro aperta è adatta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="527"/>
        <source>Firms of their trade:</source>
        <translation>Imprese del suo mestiere:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="529"/>
        <source>No firm fits.</source>
        <translation>Nessuna impresa è adatta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="536"/>
        <source>The project lists no role it still needs.</source>
        <translation>Il progetto non elenca ruoli ancora da coprire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="539"/>
        <source>Role: {role} ({n} still needed)</source>
        <translation>Ruolo: {role} (ancora {n} da coprire)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="547"/>
        <source>No one who may be proposed fits.</source>
        <translation>Nessuna persona proponibile è adatta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="549"/>
        <source>Premises, land and machinery:</source>
        <translation>Locali, terreni e macchinari:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="551"/>
        <source>No free resource fits.</source>
        <translation>Nessuna risorsa libera è adatta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="554"/>
        <source>Partner organisations:</source>
        <translation>Organizzazioni partner:</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="556"/>
        <source>No organisation fits.</source>
        <translation>Nessuna organizzazione è adatta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="132"/>
        <location filename="../../deskapp/cli/db_commands.py" line="175"/>
        <source>Upgraded {path} from {old} to {new}.</source>
        <translation>{path} aggiornato dalla versione {old} alla {new}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="140"/>
        <source>The previous file was copied to {path}.</source>
        <translation>Il file precedente è stato copiato in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="146"/>
        <location filename="../../deskapp/cli/db_commands.py" line="183"/>
        <source>{path} is up to date (schema {revision}).</source>
        <translation>{path} è aggiornato (schema {revision}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="159"/>
        <location filename="../../deskapp/cli/db_commands.py" line="442"/>
        <source>Backup written to {path}.</source>
        <translation>Copia di sicurezza scritta in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="225"/>
        <source>The role {role} may now read and write the records of {path} and add to its audit trail; it cannot change the schema, nor change or delete audit events. Tables made by later upgrades are granted to it too.</source>
        <translation>Il ruolo {role} ora può leggere e scrivere le schede di {path} e aggiungere operazioni al suo registro; non può modificare lo schema, né modificare o cancellare operazioni registrate. Anche le tabelle create dagli aggiornamenti futuri gli saranno concesse.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="245"/>
        <source>The desks&apos; roles have their rights on the new schema: {roles}.</source>
        <translation>I ruoli degli sportelli hanno i loro permessi sul nuovo schema: {roles}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="285"/>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="291"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="295"/>
        <source>1 problem found</source>
        <translation>1 problema trovato</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="296"/>
        <source>{n} problems found</source>
        <translation>{n} problemi trovati</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="363"/>
        <source>1 person erased after this backup was made was anonymised again (the register of erasures beside the database).</source>
        <translation>1 persona cancellata dopo questa copia è stata anonimizzata di nuovo (l&apos;elenco delle cancellazioni accanto al database).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="368"/>
        <source>{n} people erased after this backup was made were anonymised again (the register of erasures beside the database).</source>
        <translation>{n} persone cancellate dopo questa copia sono state anonimizzate di nuovo (l&apos;elenco delle cancellazioni accanto al database).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="490"/>
        <source>Restored {file} into {path}.</source>
        <translation>{file} ripristinato in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="343"/>
        <source>Restored {path} from {file}; the previous file was kept as {aside}.</source>
        <translation>{path} ripristinato da {file}; il file precedente è conservato come {aside}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="353"/>
        <source>Restored {path} from {file}; there was no previous database to keep.</source>
        <translation>{path} ripristinato da {file}; non c&apos;era un database precedente da conservare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="167"/>
        <source>Copying</source>
        <translation>Copia in corso</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="186"/>
        <source>Encrypt the new file with a key (SQLCipher)? [y/N] </source>
        <translation>Cifrare il nuovo file con una chiave (SQLCipher)? [s/N] </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="235"/>
        <source>Copied {source} to {target} (schema {revision}):</source>
        <translation>Copiato {source} in {target} (schema {revision}):</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="245"/>
        <source>{rows} rows in all; the audit trail&apos;s {events} events verify on the copy.</source>
        <translation>{rows} righe in tutto; i {events} eventi del registro delle operazioni risultano integri sulla copia.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="255"/>
        <source>From now on, work on the server: what is written to {source} after this copy is not in it.</source>
        <translation>D&apos;ora in poi lavora sul server: ciò che viene scritto in {source} dopo questa copia non vi si trova.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="265"/>
        <source>{source} is encrypted; on the server, encryption at rest is the server&apos;s job (its disks).</source>
        <translation>{source} è cifrato; sul server, la cifratura dei dati a riposo è compito del server (i suoi dischi).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="276"/>
        <source>1 erasure is listed in the register of erasures beside the new file.</source>
        <translation>1 cancellazione è elencata nel registro delle cancellazioni accanto al nuovo file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="280"/>
        <source>{n} erasures are listed in the register of erasures beside the new file.</source>
        <translation>{n} cancellazioni sono elencate nel registro delle cancellazioni accanto al nuovo file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="290"/>
        <location filename="../../deskapp/cli/db_commands.py" line="410"/>
        <source>{path} is encrypted. Keep the key safe: without it the data cannot be read.</source>
        <translation>{path} è cifrato. Conserva la chiave al sicuro: senza di essa i dati non si possono leggere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="299"/>
        <source>{target} is not encrypted: &apos;deskapp db encrypt&apos; encrypts it.</source>
        <translation>{target} non è cifrato: &apos;deskapp db encrypt&apos; lo cifra.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="417"/>
        <source>Copies made before (backups in {folder}, exports, files kept aside) are still plain: delete them once a new, encrypted backup exists.</source>
        <translation>Le copie fatte prima (copie di sicurezza in {folder}, esportazioni, file messi da parte) sono ancora in chiaro: cancellale quando esiste una nuova copia cifrata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="141"/>
        <source>interrupted; nothing half-written was kept.</source>
        <translation>interrotto; non è rimasto nulla scritto a metà.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="52"/>
        <source>the document&apos;s language (default: the language of the desk it comes from)</source>
        <translation>la lingua del documento (predefinita: quella dello sportello da cui proviene)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="61"/>
        <source>Case management for the help desks that turn job loss into new enterprises.</source>
        <translation>Gestione dei casi per gli sportelli che trasformano la perdita del lavoro in nuove imprese.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="69"/>
        <source>show the version of deskapp and exit</source>
        <translation>mostra la versione di deskapp ed esci</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="74"/>
        <source>database file (default: DESKAPP_DB, then deskapp.sqlite in the user data folder)</source>
        <translation>file del database (predefinito: DESKAPP_DB, poi deskapp.sqlite nella cartella dei dati dell&apos;utente)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="82"/>
        <source>who acts (default: DESKAPP_OPERATOR)</source>
        <translation>chi agisce (predefinito: DESKAPP_OPERATOR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="88"/>
        <source>set up a new database: the desk and its administrator</source>
        <translation>prepara un nuovo database: lo sportello e il suo amministratore</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="93"/>
        <source>name of the desk, e.g. &apos;Antenna Imperia&apos;</source>
        <translation>nome dello sportello, per esempio &apos;Antenna Imperia&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="102"/>
        <source>the desk&apos;s language: its documents and its screens</source>
        <translation>la lingua dello sportello: dei suoi documenti e delle sue schermate</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="106"/>
        <source>name of the administrator</source>
        <translation>nome dell&apos;amministratore</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="112"/>
        <source>create the database encrypted (SQLCipher), with a key from DESKAPP_KEY or typed</source>
        <translation>crea il database cifrato (SQLCipher), con una chiave da DESKAPP_KEY o digitata</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="118"/>
        <source>fill an empty database with realistic invented data</source>
        <translation>riempie un database vuoto con dati inventati realistici</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="125"/>
        <source>import people, organisations or openings from a CSV or .xlsx file</source>
        <translation>importa persone, organizzazioni o offerte di lavoro da un file CSV o .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="134"/>
        <source>check every row, write nothing</source>
        <translation>controlla ogni riga, non scrive nulla</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="137"/>
        <source>export a table to CSV or .xlsx</source>
        <translation>esporta una tabella in CSV o .xlsx</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="145"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French desk, as their Excel expects, &apos;,&apos; for an English one)</source>
        <translation>il separatore del CSV (predefinito: &apos;;&apos; per uno sportello italiano o francese, come si aspetta il loro Excel, &apos;,&apos; per uno inglese)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="155"/>
        <source>a document: person dossier, project summary, business plan, indicators</source>
        <translation>un documento: fascicolo della persona, sintesi del progetto, piano d&apos;impresa, indicatori</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="161"/>
        <source>everything held about one person</source>
        <translation>tutto ciò che si conserva su una persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="167"/>
        <source>a project from the idea to funding</source>
        <translation>un progetto dall&apos;idea al finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="175"/>
        <source>a project&apos;s business plan, for a bank or CFI</source>
        <translation>il piano d&apos;impresa di un progetto, per una banca o CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="181"/>
        <source>a frozen version (the working draft when omitted)</source>
        <translation>una versione congelata (la bozza di lavoro se omessa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="187"/>
        <source>the dossier of every person of a desk</source>
        <translation>il fascicolo di ogni persona di uno sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="194"/>
        <source>the coordinator report: EU indicators for a period and a scope</source>
        <translation>il report del coordinatore: indicatori UE per un periodo e un ambito</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="209"/>
        <source>hide breakdown cells counting fewer than N people</source>
        <translation>nasconde le celle di dettaglio con meno di N persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="214"/>
        <source>the CSV separator (default: &apos;;&apos; for an Italian or French report, &apos;,&apos; for English)</source>
        <translation>il separatore del CSV (predefinito: &apos;;&apos; per un report italiano o francese, &apos;,&apos; per uno inglese)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="224"/>
        <source>openings and firms for a person, or people, premises and partners for a project</source>
        <translation>offerte e imprese per una persona, oppure persone, locali e partner per un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="234"/>
        <source>how many matches of each kind (default 10)</source>
        <translation>quanti abbinamenti per tipo (predefinito 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="240"/>
        <source>premises of at least this many square metres</source>
        <translation>locali di almeno questi metri quadrati</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="244"/>
        <source>find people by a fragment of what you know</source>
        <translation>trova persone da un frammento di ciò che sai</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="250"/>
        <source>the people&apos;s rights: access, erasure</source>
        <translation>i diritti delle persone: accesso, cancellazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="255"/>
        <source>everything held about a person: the dossier (PDF) and a JSON file</source>
        <translation>tutto ciò che si conserva su una persona: il fascicolo (PDF) e un file JSON</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="264"/>
        <source>anonymise a person (right to erasure; administrators; irreversible)</source>
        <translation>anonimizza una persona (diritto alla cancellazione; amministratori; irreversibile)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="270"/>
        <source>confirm: it cannot be undone</source>
        <translation>conferma: non si può annullare</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="274"/>
        <source>list the people whose retention ended; --apply anonymises them</source>
        <translation>elenca le persone il cui periodo di conservazione è finito; --apply le anonimizza</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="281"/>
        <source>anonymise them (administrators)</source>
        <translation>le anonimizza (amministratori)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="284"/>
        <source>years kept (default 5)</source>
        <translation>anni di conservazione (predefinito 5)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="290"/>
        <source>years kept after state aid (default 10)</source>
        <translation>anni di conservazione dopo un aiuto di Stato (predefinito 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="296"/>
        <source>check, back up or upgrade the database file</source>
        <translation>controlla, salva o aggiorna il file del database</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="301"/>
        <source>integrity, references, search index, schema version</source>
        <translation>integrità, riferimenti, indice di ricerca, versione dello schema</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="304"/>
        <source>consistent copy, safe while the app is in use</source>
        <translation>copia coerente, sicura anche mentre l&apos;app è in uso</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="309"/>
        <source>migrate to this version&apos;s schema (copies the file first)</source>
        <translation>migra allo schema di questa versione (prima copia il file)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="313"/>
        <source>replace the database with a backup (checked first; current file kept)</source>
        <translation>sostituisce il database con un backup (prima controllato; il file attuale è conservato)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="319"/>
        <source>confirm the replacement</source>
        <translation>conferma la sostituzione</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="323"/>
        <source>encrypt the database file (SQLCipher) with a key from DESKAPP_KEY or typed; close deskapp first</source>
        <translation>cifra il file del database (SQLCipher) con una chiave da DESKAPP_KEY o digitata; prima chiudi deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="331"/>
        <source>copy the whole database from a file into an empty PostgreSQL database, or from a server into a new file (administrators)</source>
        <translation>copia l&apos;intero database da un file in un database PostgreSQL vuoto, o da un server in un nuovo file (amministratori)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="341"/>
        <source>where to: postgresql://user@host:port/dbname (empty) from a file, or a new file from a server</source>
        <translation>dove: postgresql://utente@host:porta/nomedb (vuoto) da un file, o un nuovo file da un server</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="350"/>
        <source>make the new file encrypted (SQLCipher), with a key from DESKAPP_KEY or typed</source>
        <translation>crea il nuovo file cifrato (SQLCipher), con una chiave da DESKAPP_KEY o digitata</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="357"/>
        <source>on a PostgreSQL server, as the schema&apos;s owner: give the desks&apos; role the right to read and write the records, never to change the schema or the audit trail</source>
        <translation>su un server PostgreSQL, come proprietario dello schema: concede al ruolo degli sportelli di leggere e scrivere le schede, mai di modificare lo schema o il registro delle operazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="367"/>
        <source>the role the desks connect as (made by createuser)</source>
        <translation>il ruolo con cui si collegano gli sportelli (creato con createuser)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="377"/>
        <source>consolidation: bundles from the desks to the coordinator, keys, conflicts</source>
        <translation>consolidamento: pacchetti dagli sportelli al coordinamento, chiavi, conflitti</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="383"/>
        <source>this desk&apos;s key and its fingerprint</source>
        <translation>la chiave di questo sportello e la sua impronta</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="389"/>
        <source>also write the key to a file, to give the coordinator</source>
        <translation>scrive la chiave anche in un file, da dare al coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="394"/>
        <source>this database&apos;s sealing key instead, for desks that encrypt their bundles</source>
        <translation>invece la chiave di cifratura di questo database, per gli sportelli che cifrano i loro pacchetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="400"/>
        <source>accept a desk&apos;s key (at the coordinator&apos;s) or the coordinator&apos;s (at a desk), once, after comparing its fingerprint by phone</source>
        <translation>accetta la chiave di uno sportello (al coordinamento) o quella del coordinamento (a uno sportello), una volta sola, dopo averne confrontato l&apos;impronta al telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="412"/>
        <source>the coordinator&apos;s key: its catalogue bundles apply here</source>
        <translation>la chiave del coordinamento: i suoi pacchetti del catalogo si applicano qui</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="417"/>
        <source>write a bundle of what changed since the last one</source>
        <translation>scrive un pacchetto con ciò che è cambiato dall&apos;ultimo</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="423"/>
        <source>without names, contacts, addresses, notes or tax codes (for a programme)</source>
        <translation>senza nomi, contatti, indirizzi, note né codici fiscali (per un programma)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="430"/>
        <source>encrypt the bundle to the coordinator&apos;s sealing key: its file (the first time, with --fingerprint) or its fingerprint</source>
        <translation>cifrare il pacchetto con la chiave di cifratura del coordinamento: il suo file (la prima volta, con --fingerprint) o la sua impronta</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="439"/>
        <source>the sealing key&apos;s fingerprint, as the coordinator reads it out</source>
        <translation>l&apos;impronta della chiave di cifratura, come la legge il coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="445"/>
        <source>take in desks&apos; bundles or folders of them (verified, in each desk&apos;s order)</source>
        <translation>acquisisce i pacchetti degli sportelli o cartelle di pacchetti (verificati, nell&apos;ordine di ogni sportello)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="452"/>
        <source>write the funding catalogue as a signed bundle for the desks (coordinator)</source>
        <translation>scrive il catalogo dei finanziamenti in un pacchetto firmato per gli sportelli (coordinamento)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="459"/>
        <source>apply the coordinator&apos;s catalogue bundle here (verified first)</source>
        <translation>applica qui il pacchetto del catalogo del coordinamento (prima verificato)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="466"/>
        <source>the programme&apos;s key: --new at the coordinator&apos;s, FILE at each desk</source>
        <translation>la chiave del programma: --new al coordinamento, FILE in ogni sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="474"/>
        <source>make the programme key here and write it to -o FILE</source>
        <translation>crea qui la chiave di programma e la scrive in -o FILE</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="479"/>
        <source>fields changed both here and at a desk; decide one</source>
        <translation>campi modificati sia qui sia in uno sportello; decidine uno</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="485"/>
        <source>people who may be the same at two desks (same name, birth dates close)</source>
        <translation>persone che potrebbero essere le stesse in due sportelli (stesso nome, date di nascita vicine)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="491"/>
        <source>the erasures received from the desks: which record, when, which desk</source>
        <translation>le cancellazioni ricevute dagli sportelli: quale scheda, quando, quale sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="497"/>
        <source>count two records as one person (--reject: not the same; --undo)</source>
        <translation>conta due schede come una sola persona (--reject: non è la stessa; --undo)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="520"/>
        <source>database file</source>
        <translation>file del database</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/parser.py" line="526"/>
        <source>who acts</source>
        <translation>chi agisce</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="127"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="128"/>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="129"/>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="130"/>
        <source>show this help message and exit</source>
        <translation>mostra questo messaggio di aiuto ed esci</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="131"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="132"/>
        <source>the following arguments are required: %s</source>
        <translation>questi argomenti sono obbligatori: %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="133"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="134"/>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="135"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="136"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="137"/>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="138"/>
        <source>expected at least one argument</source>
        <translation>atteso almeno un argomento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="139"/>
        <source>expected at most one argument</source>
        <translation>atteso al massimo un argomento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="140"/>
        <source>expected %s argument</source>
        <translation>atteso %s argomento</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="141"/>
        <source>expected %s arguments</source>
        <translation>attesi %s argomenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="142"/>
        <source>not allowed with argument %s</source>
        <translation>non ammesso con l&apos;argomento %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="143"/>
        <source>one of the arguments %s is required</source>
        <translation>serve uno degli argomenti %s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="144"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/speech.py" line="145"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossibile aprire &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="33"/>
        <source>&apos;{desk}&apos; is trusted already with this key.</source>
        <translation>&apos;{desk}&apos; è già accettato con questa chiave.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="39"/>
        <source>Key of &apos;{desk}&apos; trusted (fingerprint {fingerprint}).</source>
        <translation>Chiave di &apos;{desk}&apos; accettata (impronta {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="57"/>
        <source>Bundle {number} ({kind}) written to {path}: {records} records, {events} audit events, changes {first} to {last}.</source>
        <translation>Pacchetto {number} ({kind}) scritto in {path}: {records} schede, {events} eventi del registro, modifiche da {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="73"/>
        <source>The bundle is encrypted to the key {fingerprint}: only that coordinator can open it.</source>
        <translation>Il pacchetto è cifrato per la chiave {fingerprint}: solo quel coordinamento può aprirlo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="89"/>
        <source>Catalogue bundle {number} written to {path}: {entries} instruments.</source>
        <translation>Pacchetto del catalogo {number} scritto in {path}: {entries} strumenti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="108"/>
        <source>No people to compare: no candidates.</source>
        <translation>Nessuna persona da confrontare: nessun candidato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="112"/>
        <source>Persons {first} and {second}: same name, birth dates {days} days apart (deskapp sync merge {first} {second}, or --reject).</source>
        <translation>Persone {first} e {second}: stesso nome, date di nascita a {days} giorni di distanza (deskapp sync merge {first} {second}, oppure --reject).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="124"/>
        <source>  Decided differently at two databases (merged at one, not the same person at another, or the merge undone): decide again here.</source>
        <translation>  Deciso in modo diverso in due database (unite in uno, non la stessa persona o unione annullata in un altro): decidere di nuovo qui.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="136"/>
        <source>No erasures received from the desks.</source>
        <translation>Nessuna cancellazione ricevuta dagli sportelli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="140"/>
        <source>Person {id}: erased on {day} at &apos;{desk}&apos;.</source>
        <translation>Persona {id}: cancellata il {day} presso &apos;{desk}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="152"/>
        <source>Persons {first} and {second}: not the same person.</source>
        <translation>Persone {first} e {second}: non sono la stessa persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="155"/>
        <source>Persons {first} and {second}: merge undone.</source>
        <translation>Persone {first} e {second}: unione annullata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="158"/>
        <source>Persons {first} and {second}: one person, counted once.</source>
        <translation>Persone {first} e {second}: una sola persona, contata una volta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="179"/>
        <source>The coordinator &apos;{name}&apos; is trusted already with this key.</source>
        <translation>Il coordinamento &apos;{name}&apos; è già accettato con questa chiave.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="185"/>
        <source>Key of the coordinator &apos;{name}&apos; trusted (fingerprint {fingerprint}): its catalogue bundles apply here.</source>
        <translation>Chiave del coordinamento &apos;{name}&apos; accettata (impronta {fingerprint}): i suoi pacchetti del catalogo si applicano qui.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="203"/>
        <source>Catalogue bundle {number} of &apos;{name}&apos; was applied already: nothing changed.</source>
        <translation>Il pacchetto del catalogo {number} di &apos;{name}&apos; era già stato applicato: non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="212"/>
        <source>Catalogue bundle {number} of &apos;{name}&apos; applied: {added} new, {changed} changed, {withdrawn} withdrawn, {unchanged} unchanged; {kept} of this desk&apos;s own kept.</source>
        <translation>Pacchetto del catalogo {number} di &apos;{name}&apos; applicato: {added} nuove voci, {changed} modificate, {withdrawn} ritirate, {unchanged} invariate; {kept} voci proprie di questo sportello mantenute.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="263"/>
        <source>Sealing key fingerprint: {fingerprint}</source>
        <translation>Impronta della chiave di cifratura: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="265"/>
        <source>Desk key fingerprint: {fingerprint}</source>
        <translation>Impronta della chiave dello sportello: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="272"/>
        <source>Key written to {path}.</source>
        <translation>Chiave scritta in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="315"/>
        <source>Bundle {number} of &apos;{desk}&apos; was taken in already: nothing changed.</source>
        <translation>Il pacchetto {number} di &apos;{desk}&apos; era già stato acquisito: non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="325"/>
        <source>Bundle {number} of &apos;{desk}&apos; is held: it follows bundles not taken in yet ({missing}). It will be applied when they come.</source>
        <translation>Il pacchetto {number} di &apos;{desk}&apos; è in attesa: segue pacchetti non ancora acquisiti ({missing}). Sarà applicato quando arriveranno.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="337"/>
        <source>Bundle {number} ({kind}) of &apos;{desk}&apos; taken in: {records} records, {conflicts} conflicts to decide.</source>
        <translation>Pacchetto {number} ({kind}) di &apos;{desk}&apos; acquisito: {records} schede, {conflicts} conflitti da decidere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="364"/>
        <source>Programme key written to {path}: give it to the programme&apos;s desks only.</source>
        <translation>Chiave di programma scritta in {path}: dalla solo agli sportelli del programma.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="379"/>
        <source>Programme key kept (fingerprint {fingerprint}).</source>
        <translation>Chiave di programma conservata (impronta {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="394"/>
        <source>Conflict {id} decided.</source>
        <translation>Conflitto {id} deciso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="398"/>
        <source>No open conflicts.</source>
        <translation>Nessun conflitto aperto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="402"/>
        <source>{id}: {entity} {field}: here {local}; at &apos;{desk}&apos; {incoming} (bundle {number}, {who})</source>
        <translation>{id}: {entity} {field}: qui {local}; a &apos;{desk}&apos; {incoming} (pacchetto {number}, {who})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="239"/>
        <source>desks</source>
        <translation>sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="240"/>
        <source>funding instruments (catalogue)</source>
        <translation>strumenti di finanziamento (catalogo)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="241"/>
        <source>operator accounts</source>
        <translation>account degli operatori</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="242"/>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="243"/>
        <source>structural resources</source>
        <translation>risorse strutturali</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="244"/>
        <source>audit trail events</source>
        <translation>eventi del registro delle operazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="245"/>
        <source>consents</source>
        <translation>consensi</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="246"/>
        <source>projects</source>
        <translation>progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="247"/>
        <source>needs assessments</source>
        <translation>valutazioni dei bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="248"/>
        <source>skills</source>
        <translation>competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="249"/>
        <source>activities</source>
        <translation>attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="250"/>
        <source>business plans</source>
        <translation>piani d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="251"/>
        <source>business plan versions</source>
        <translation>versioni dei piani d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="252"/>
        <source>checklist ticks</source>
        <translation>voci spuntate delle liste di controllo</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="253"/>
        <source>funding applications</source>
        <translation>domande di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="254"/>
        <source>needs</source>
        <translation>bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="255"/>
        <source>project members</source>
        <translation>soci dei progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="256"/>
        <source>resources linked to projects</source>
        <translation>risorse collegate ai progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="257"/>
        <source>stage changes</source>
        <translation>cambi di fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="258"/>
        <source>supply chains</source>
        <translation>filiere</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="259"/>
        <source>organisations</source>
        <translation>organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="260"/>
        <source>organisations&apos; contact people</source>
        <translation>referenti delle organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="261"/>
        <source>relations between organisations</source>
        <translation>relazioni tra organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="262"/>
        <source>openings</source>
        <translation>offerte di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="263"/>
        <source>roles wanted by projects</source>
        <translation>ruoli cercati dai progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="264"/>
        <source>proposals and their outcomes</source>
        <translation>proposte e i loro esiti</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="51"/>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="82"/>
        <source>Key of {name}: </source>
        <translation>Chiave di {name}: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="105"/>
        <source>New key (at least 12 characters; without it the data is lost): </source>
        <translation>Nuova chiave (almeno 12 caratteri; senza di essa i dati sono persi): </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="110"/>
        <location filename="../../deskapp/cli/login.py" line="137"/>
        <source>The same again: </source>
        <translation>Di nuovo la stessa: </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="133"/>
        <source>New password for {name} (at least 8 characters): </source>
        <translation>Nuova password per {name} (almeno 8 caratteri): </translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="168"/>
        <source>Password of {user} on {host}: </source>
        <translation>Password di {user} su {host}: </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="84"/>
        <source>Plan compared with &apos;%1&apos;</source>
        <translation>Piano confrontato con &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="86"/>
        <source>Plan on screen, version and difference</source>
        <translation>Piano a schermo, versione e differenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="88"/>
        <source>On screen</source>
        <translation>Sullo schermo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="88"/>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="94"/>
        <source>The version keeps the members&apos; capital it was frozen with; the plan on screen uses today&apos;s members.</source>
        <translation>La versione conserva il capitale dei soci di quando è stata congelata; il piano sullo schermo usa i soci di oggi.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="42"/>
        <source>Someone else saved this record</source>
        <translation>Qualcun altro ha salvato questa scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="45"/>
        <source>While you were editing, this record was saved by someone else. Compare the two versions and choose which one to keep.</source>
        <translation>Mentre la modificavi, questa scheda è stata salvata da qualcun altro. Confronta le due versioni e scegli quale tenere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Your version</source>
        <translation>La tua versione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="52"/>
        <source>Saved version</source>
        <translation>Versione salvata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="55"/>
        <source>The two versions</source>
        <translation>Le due versioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="69"/>
        <source>The fields you see are the same in both; other details changed.</source>
        <translation>I campi visibili sono uguali nelle due versioni; sono cambiati altri dettagli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="72"/>
        <source>Keep my version</source>
        <translation>Tieni la mia versione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/conflict_dialog.py" line="73"/>
        <source>Take the saved version</source>
        <translation>Prendi la versione salvata</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="167"/>
        <source>Server: %1, database %2</source>
        <translation>Server: %1, database %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="171"/>
        <source>Shared registry on the server %1 (user %2)</source>
        <translation>Registro condiviso sul server %1 (utente %2)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="175"/>
        <source>Connection to the server</source>
        <translation>Connessione al server</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="184"/>
        <source>Reconnect</source>
        <translation>Ricollega</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="185"/>
        <source>Reconnect to the database server</source>
        <translation>Ricollega al server del database</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="188"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="197"/>
        <source>Reconnect to the server</source>
        <translation>Ricollega al server</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="212"/>
        <source>Connected to the server again.</source>
        <translation>Di nuovo connesso al server.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="218"/>
        <source>The connection to the server %1 (database %2) is lost. Nothing is lost of what you typed: the open records stay as they are. Save again once the server answers; deskapp tries at your next action, or press Reconnect.</source>
        <translation>La connessione al server %1 (database %2) si è interrotta. Niente di quello che hai scritto è perso: le schede aperte restano come sono. Salva di nuovo quando il server risponde; deskapp riprova alla tua prossima azione, oppure premi Ricollega.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="245"/>
        <source>The server does not answer yet; try again in a moment.</source>
        <translation>Il server non risponde ancora; riprova tra poco.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="48"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="49"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="50"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="51"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="52"/>
        <source>Birthplace</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="53"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="54"/>
        <source>NIR</source>
        <translation>NIR (Francia)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="55"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="56"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="59"/>
        <source>First contact</source>
        <translation>Primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="67"/>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="70"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="72"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="94"/>
        <source>Previous</source>
        <translation>Precedenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="97"/>
        <source>Previous page of %1</source>
        <translation>Pagina precedente di %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="101"/>
        <source>Next</source>
        <translation>Successivi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="104"/>
        <source>Next page of %1</source>
        <translation>Pagina successiva di %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="124"/>
        <source>%1-%2 of %3</source>
        <translation>%1-%2 di %3</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="160"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="354"/>
        <source>Trust a desk&apos;s key...</source>
        <translation>Accetta la chiave di uno sportello...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="162"/>
        <source>Publish the catalogue...</source>
        <translation>Pubblica il catalogo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="165"/>
        <source>Write the funding catalogue as a signed bundle: the desks that trust this database&apos;s key apply it with &apos;deskapp sync apply-catalogue&apos;.</source>
        <translation>Scrive il catalogo dei finanziamenti in un pacchetto firmato: gli sportelli che accettano la chiave di questo database lo applicano con &apos;deskapp sync apply-catalogue&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="182"/>
        <source>Bundle</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="183"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="184"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="185"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="381"/>
        <source>Taken in</source>
        <translation>Acquisito</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="186"/>
        <source>Created</source>
        <translation>Creati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="187"/>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="188"/>
        <source>Erased</source>
        <translation>Cancellati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="189"/>
        <source>Deleted</source>
        <translation>Eliminati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="190"/>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="193"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="199"/>
        <source>Bundles received</source>
        <translation>Pacchetti ricevuti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="195"/>
        <source>bundles</source>
        <translation>pacchetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="200"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="447"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="201"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="542"/>
        <source>Same person?</source>
        <translation>Stessa persona?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="202"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="352"/>
        <source>Trusted desks</source>
        <translation>Sportelli accettati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="221"/>
        <source>Person, project or desk</source>
        <translation>Persona, progetto o sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="222"/>
        <source>Search the conflicts</source>
        <translation>Cerca nei conflitti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="204"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="227"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="152"/>
        <source>Take in bundles...</source>
        <translation>Acquisisci pacchetti...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="155"/>
        <source>Choose one or more bundle files: each desk&apos;s are taken in in their order, each on its own; one refused does not stop the others.</source>
        <translation>Scegli uno o più file di pacchetto: quelli di ogni sportello sono acquisiti nel loro ordine, ciascuno per conto suo; uno rifiutato non ferma gli altri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="204"/>
        <source>Erased on</source>
        <translation>Cancellata il</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="206"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="208"/>
        <source>Erasures received</source>
        <translation>Cancellazioni ricevute</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="228"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="301"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="229"/>
        <source>Value here</source>
        <translation>Valore qui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="230"/>
        <source>Value at the desk</source>
        <translation>Valore allo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="233"/>
        <source>Conflicts to decide</source>
        <translation>Conflitti da decidere</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="235"/>
        <source>conflicts</source>
        <translation>conflitti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="239"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="464"/>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="242"/>
        <source>Keep the value here</source>
        <translation>Tieni il valore di qui</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="244"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="465"/>
        <source>At the desk</source>
        <translation>Allo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="247"/>
        <source>Take the desk&apos;s value</source>
        <translation>Prendi il valore dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="268"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="321"/>
        <source>Search:</source>
        <translation>Cerca:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="279"/>
        <source>To decide</source>
        <translation>Da decidere</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="280"/>
        <source>Merged</source>
        <translation>Unite</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="283"/>
        <source>Family or given name</source>
        <translation>Cognome o nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="283"/>
        <source>Search the people</source>
        <translation>Cerca le persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="287"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="289"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="291"/>
        <source>Birth dates apart (days)</source>
        <translation>Distanza delle date di nascita (giorni)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="294"/>
        <source>Pairs that may be the same person</source>
        <translation>Coppie che possono essere la stessa persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="296"/>
        <source>pairs</source>
        <translation>coppie</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="302"/>
        <source>First record</source>
        <translation>Prima scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="303"/>
        <source>Second record</source>
        <translation>Seconda scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="304"/>
        <source>Agree?</source>
        <translation>Uguali?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="306"/>
        <source>The two records side by side</source>
        <translation>Le due schede affiancate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="308"/>
        <source>The same person: merge</source>
        <translation>La stessa persona: unisci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="310"/>
        <source>Not the same person</source>
        <translation>Non è la stessa persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="312"/>
        <source>Undo the merge</source>
        <translation>Annulla l&apos;unione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="319"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="328"/>
        <source>This pair was decided differently at two databases (merged at one, not the same person at another, or the merge undone): decide again here.</source>
        <translation>Questa coppia è stata decisa in modo diverso in due database (unite in uno, non la stessa persona o unione annullata in un altro): decidere di nuovo qui.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="345"/>
        <source>Key fingerprint</source>
        <translation>Impronta della chiave</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="346"/>
        <source>Trusted on</source>
        <translation>Accettato il</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="347"/>
        <source>Trusted by</source>
        <translation>Accettato da</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="348"/>
        <source>Bundles taken in</source>
        <translation>Pacchetti acquisiti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="349"/>
        <source>Last bundle</source>
        <translation>Ultimo pacchetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="377"/>
        <source>Pseudonymous</source>
        <translation>Pseudonimo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="377"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/consolidation_page.py" line="383"/>
        <source>Held: waiting for bundle(s) %1 of this desk</source>
        <translation>
            <numerusform>In attesa: manca il pacchetto %1 di questo sportello</numerusform>
            <numerusform>In attesa: mancano i pacchetti %1 di questo sportello</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="405"/>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="412"/>
        <source>No bundle taken in yet: &quot;Take in bundles...&quot; reads the files desks sent.</source>
        <translation>Nessun pacchetto acquisito finora: &quot;Acquisisci pacchetti...&quot; legge i file inviati dagli sportelli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="636"/>
        <source>No erasures received from the desks.</source>
        <translation>Nessuna cancellazione ricevuta dagli sportelli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="661"/>
        <source>Take in bundles</source>
        <translation>Acquisisci pacchetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="440"/>
        <source>No conflicts to decide.</source>
        <translation>Nessun conflitto da decidere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="442"/>
        <source>No conflicts match the search.</source>
        <translation>Nessun conflitto corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="447"/>
        <source>Conflicts (%1)</source>
        <translation>Conflitti (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="456"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="470"/>
        <source>Here: %1</source>
        <translation>Qui: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="471"/>
        <source>At %1: %2</source>
        <translation>A %1: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="475"/>
        <source>Changed here by %1 on %2</source>
        <translation>Modificato qui da %1 il %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="476"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="481"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="477"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="482"/>
        <source>an unknown date</source>
        <translation>una data sconosciuta</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="480"/>
        <source>Changed at the desk by %1 on %2 (the desk&apos;s clock), bundle %3</source>
        <translation>Modificato allo sportello da %1 il %2 (orologio dello sportello), pacchetto %3</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="487"/>
        <source>Keep the value here: %1</source>
        <translation>Tieni il valore di qui: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="491"/>
        <source>Take the desk&apos;s value: %1</source>
        <translation>Prendi il valore dello sportello: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="507"/>
        <source>No merges match the search.</source>
        <translation>Nessuna unione corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="509"/>
        <source>No records merged.</source>
        <translation>Nessuna scheda unita.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="513"/>
        <source>No pairs match the search.</source>
        <translation>Nessuna coppia corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="516"/>
        <source>No one to compare: no records of two desks share a name and a close birth date.</source>
        <translation>Nessuno da confrontare: nessuna scheda di due sportelli ha lo stesso nome e una data di nascita vicina.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="540"/>
        <source>Same person? (%1)</source>
        <translation>Stessa persona? (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="562"/>
        <source>Choose a pair above to compare the two records.</source>
        <translation>Scegli una coppia qui sopra per confrontare le due schede.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="575"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="579"/>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="575"/>
        <source>Differs</source>
        <translation>Diverso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="596"/>
        <source>This database&apos;s key fingerprint: %1</source>
        <translation>Impronta della chiave di questo database: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="601"/>
        <source>Its sealing key, for desks that encrypt their bundles (&apos;deskapp sync key --sealing&apos; writes it to a file): %1</source>
        <translation>La sua chiave di cifratura, per gli sportelli che cifrano i loro pacchetti (&apos;deskapp sync key --sealing&apos; la scrive in un file): %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="622"/>
        <source>No desk trusted yet: &quot;Trust a desk&apos;s key...&quot; accepts a desk&apos;s key after a phone call.</source>
        <translation>Nessuno sportello accettato finora: &quot;Accetta la chiave di uno sportello...&quot; accetta la chiave dopo una telefonata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="663"/>
        <location filename="../../deskapp/ui/consolidation_page.py" line="731"/>
        <source>Bundles (%1);;All files (*)</source>
        <translation>Pacchetti (%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="672"/>
        <source>Taking in bundles...</source>
        <translation>Acquisizione dei pacchetti...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="680"/>
        <source>%v of %m bundles done</source>
        <translation>%v di %m pacchetti fatti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="692"/>
        <source>%1 was not taken in: %2</source>
        <translation>%1 non è stato acquisito: %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="703"/>
        <source>No bundle files (*.deskbundle) were found there.</source>
        <translation>Non è stato trovato nessun file di pacchetto (*.deskbundle).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="713"/>
        <source>Stopped. The bundles taken in before you stopped stay taken in (see Bundles received); the others were not touched: take them in again.</source>
        <translation>Interrotto. I pacchetti acquisiti prima dell&apos;interruzione restano acquisiti (vedi Pacchetti ricevuti); gli altri non sono stati toccati: acquisiscili di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="720"/>
        <source>The bundles were not taken in: %1</source>
        <translation>I pacchetti non sono stati acquisiti: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="729"/>
        <source>Publish the catalogue</source>
        <translation>Pubblica il catalogo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="740"/>
        <source>The catalogue was not published: %1</source>
        <translation>Il catalogo non è stato pubblicato: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="747"/>
        <source>Catalogue bundle %1 written to %2: %3 instruments. Send it to the desks.</source>
        <translation>Pacchetto del catalogo %1 scritto in %2: %3 strumenti. Invialo agli sportelli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="757"/>
        <source>Bundle %1 of %2 was taken in already: nothing changed.</source>
        <translation>Il pacchetto %1 di %2 era già stato acquisito: nulla è cambiato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/consolidation_page.py" line="764"/>
        <source>Bundle %1 of %2 is held: bundle(s) %3 of that desk have not come yet. It is taken in when they come.</source>
        <translation>
            <numerusform>Il pacchetto %1 di %2 è in attesa: il pacchetto %3 di quello sportello non è ancora arrivato. Sarà acquisito quando arriva.</numerusform>
            <numerusform>Il pacchetto %1 di %2 è in attesa: i pacchetti %3 di quello sportello non sono ancora arrivati. Sarà acquisito quando arrivano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="776"/>
        <source>Bundle %1 of %2 taken in: %3 records created, %4 updated, %5 erased; conflicts to decide: %6.</source>
        <translation>Pacchetto %1 di %2 acquisito: %3 schede create, %4 aggiornate, %5 cancellate; conflitti da decidere: %6.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="795"/>
        <source>%1 is trusted already with this key.</source>
        <translation>%1 è già accettato con questa chiave.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="800"/>
        <source>Key of %1 trusted.</source>
        <translation>Chiave di %1 accettata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="822"/>
        <source>Decided: %1 of %2 is now %3.</source>
        <translation>Deciso: %1 di %2 ora è %3.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="846"/>
        <source>%1 (%2 and %3): one person, counted once.</source>
        <translation>%1 (%2 e %3): una persona, contata una volta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="847"/>
        <source>%1 (%2 and %3): not the same person, not proposed again.</source>
        <translation>%1 (%2 e %3): non è la stessa persona, non sarà più proposta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/consolidation_page.py" line="848"/>
        <source>%1 (%2 and %3): merge undone, counted apart.</source>
        <translation>%1 (%2 e %3): unione annullata, contate a parte.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeyDialog</name>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="23"/>
        <source>Encrypted database</source>
        <translation>Banca dati cifrata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="26"/>
        <source>The database %1 is encrypted. Type its key: the one chosen when it was encrypted (ask your administrator).</source>
        <translation>La banca dati %1 è cifrata. Scrivi la sua chiave: quella scelta quando è stata cifrata (chiedi all&apos;amministratore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/key_dialog.py" line="34"/>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="52"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="53"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="57"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="58"/>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="62"/>
        <source>Liguria</source>
        <translation>Liguria</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="63"/>
        <source>Toscana</source>
        <translation>Toscana</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="64"/>
        <source>Sardegna</source>
        <translation>Sardegna</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="65"/>
        <source>Corse</source>
        <translation>Corsica</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="66"/>
        <source>Région Sud</source>
        <translation>Région Sud</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="67"/>
        <source>Other region</source>
        <translation>Altra regione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="71"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="72"/>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="73"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="77"/>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="78"/>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="82"/>
        <source>Unemployed</source>
        <translation>Disoccupato/a</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="83"/>
        <source>Laid off after a company crisis</source>
        <translation>Espulso/a da crisi aziendale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="84"/>
        <source>At risk of losing their job</source>
        <translation>A rischio di disoccupazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="85"/>
        <source>Employed</source>
        <translation>Occupato/a</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="86"/>
        <source>Inactive</source>
        <translation>Inattivo/a</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="94"/>
        <source>A - without work, must look for a job</source>
        <translation>A - senza lavoro, tenuto/a a cercare un impiego</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="97"/>
        <source>B - worked 78 hours or less in the month, must look for a job</source>
        <translation>B - 78 ore o meno di lavoro nel mese, tenuto/a a cercare un impiego</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="101"/>
        <source>C - worked over 78 hours in the month, must look for a job</source>
        <translation>C - più di 78 ore di lavoro nel mese, tenuto/a a cercare un impiego</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="105"/>
        <source>D - without work, not required to look for one (training, illness...)</source>
        <translation>D - senza lavoro, non tenuto/a a cercarlo (formazione, malattia...)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="111"/>
        <source>E - in work, not required to look for a job (assisted contract, new business)</source>
        <translation>E - occupato/a, non tenuto/a a cercare un impiego (contratto agevolato, nuova impresa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="115"/>
        <source>F - on a social support path</source>
        <translation>F - in un percorso di accompagnamento sociale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="116"/>
        <source>G - waiting for a first orientation</source>
        <translation>G - in attesa del primo orientamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="123"/>
        <source>ARCE (lump sum as capital)</source>
        <translation>ARCE (importo unico come capitale)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="124"/>
        <source>ARE kept monthly</source>
        <translation>ARE mantenuta mensilmente</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="130"/>
        <source>ISCED 0 - early childhood</source>
        <translation>ISCED 0 - prima infanzia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="131"/>
        <source>ISCED 1 - primary</source>
        <translation>ISCED 1 - licenza elementare</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="132"/>
        <source>ISCED 2 - lower secondary</source>
        <translation>ISCED 2 - licenza media</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="133"/>
        <source>ISCED 3 - upper secondary</source>
        <translation>ISCED 3 - diploma o qualifica</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="134"/>
        <source>ISCED 4 - post-secondary</source>
        <translation>ISCED 4 - post-diploma</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="135"/>
        <source>ISCED 5 - short tertiary</source>
        <translation>ISCED 5 - ITS / terziario breve</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="136"/>
        <source>ISCED 6 - bachelor</source>
        <translation>ISCED 6 - laurea triennale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="137"/>
        <source>ISCED 7 - master</source>
        <translation>ISCED 7 - laurea magistrale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="138"/>
        <source>ISCED 8 - doctorate</source>
        <translation>ISCED 8 - dottorato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="142"/>
        <source>Walk-in</source>
        <translation>Accesso allo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="143"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="144"/>
        <location filename="../../deskapp/models/enums.py" line="472"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="145"/>
        <source>Employment centre</source>
        <translation>Centro per l&apos;impiego</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="146"/>
        <source>Trade union</source>
        <translation>Sindacato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="149"/>
        <source>Cooperative federation</source>
        <translation>Centrale cooperativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="151"/>
        <source>Word of mouth</source>
        <translation>Passaparola</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="152"/>
        <location filename="../../deskapp/models/enums.py" line="475"/>
        <source>Event or seminar</source>
        <translation>Evento o seminario</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="153"/>
        <source>Website or social media</source>
        <translation>Sito web o social</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="154"/>
        <location filename="../../deskapp/models/enums.py" line="235"/>
        <location filename="../../deskapp/models/enums.py" line="406"/>
        <location filename="../../deskapp/models/enums.py" line="490"/>
        <location filename="../../deskapp/models/enums.py" line="532"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="160"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="161"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="162"/>
        <source>Declined to answer</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="178"/>
        <source>Help-desk services</source>
        <translation>Servizi dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="179"/>
        <source>EU-fund monitoring and reporting</source>
        <translation>Monitoraggio e rendicontazione fondi UE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="182"/>
        <source>Special-category data (disadvantage)</source>
        <translation>Dati particolari (svantaggio)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="184"/>
        <source>News and events</source>
        <translation>Notizie ed eventi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="190"/>
        <source>Being proposed to employers and enterprise projects</source>
        <translation>Essere proposti a datori di lavoro e progetti d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="197"/>
        <source>Consent (art. 6.1.a)</source>
        <translation>Consenso (art. 6.1.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="198"/>
        <source>Contract (art. 6.1.b)</source>
        <translation>Contratto (art. 6.1.b)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="201"/>
        <source>Legal obligation (art. 6.1.c)</source>
        <translation>Obbligo di legge (art. 6.1.c)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="203"/>
        <source>Public task (art. 6.1.e)</source>
        <translation>Interesse pubblico (art. 6.1.e)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="206"/>
        <source>Legitimate interest (art. 6.1.f)</source>
        <translation>Legittimo interesse (art. 6.1.f)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="210"/>
        <source>Explicit consent (art. 9.2.a)</source>
        <translation>Consenso esplicito (art. 9.2.a)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="215"/>
        <source>Basic</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="216"/>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="217"/>
        <source>Advanced</source>
        <translation>Avanzato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="218"/>
        <source>Expert</source>
        <translation>Esperto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="222"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="223"/>
        <source>Self-declaration</source>
        <translation>Autodichiarazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="224"/>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="225"/>
        <source>Employer reference</source>
        <translation>Referenza del datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="229"/>
        <source>Orientation</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="230"/>
        <source>Skills audit</source>
        <translation>Bilancio di competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="231"/>
        <location filename="../../deskapp/models/enums.py" line="473"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="232"/>
        <source>Enterprise idea support</source>
        <translation>Supporto all&apos;idea d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="233"/>
        <source>Access to funding</source>
        <translation>Accesso al credito</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="234"/>
        <source>Job placement</source>
        <translation>Inserimento lavorativo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="239"/>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="240"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="241"/>
        <source>Met</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="242"/>
        <source>Referred elsewhere</source>
        <translation>Inviato ad altro servizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="243"/>
        <source>Not met</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="247"/>
        <source>Premises</source>
        <translation>Locali</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="248"/>
        <source>Land</source>
        <translation>Terreno</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="249"/>
        <source>Machinery</source>
        <translation>Macchinari</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="250"/>
        <source>Closed plant</source>
        <translation>Stabilimento dismesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="251"/>
        <source>Abandoned space</source>
        <translation>Spazio abbandonato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="255"/>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="256"/>
        <source>Under negotiation</source>
        <translation>In trattativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="257"/>
        <source>Assigned to a project</source>
        <translation>Assegnato a un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="258"/>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="262"/>
        <source>Workers buyout</source>
        <translation>Workers buyout</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="263"/>
        <source>Spin-off</source>
        <translation>Spin-off</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="264"/>
        <source>New cooperative</source>
        <translation>Nuova cooperativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="267"/>
        <source>Social cooperative type B</source>
        <translation>Cooperativa sociale di tipo B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="271"/>
        <source>Community cooperative</source>
        <translation>Cooperativa di comunità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="273"/>
        <source>New enterprise</source>
        <translation>Nuova impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="283"/>
        <source>Intake</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="284"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="285"/>
        <source>Feasibility study</source>
        <translation>Studio di fattibilità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="286"/>
        <source>Business plan</source>
        <translation>Business plan</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="287"/>
        <source>Funding</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="288"/>
        <source>Start-up</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="289"/>
        <source>Follow-up</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="290"/>
        <source>Started (enterprise running)</source>
        <translation>Avviata (impresa attiva)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="291"/>
        <source>Abandoned</source>
        <translation>Abbandonato</translation>
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
        <translation>Società cooperativa (altra)</translation>
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
        <translation>Cooperativa sociale (tipo A o B non indicato)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="415"/>
        <source>SCOP (SA, SARL or SAS not given)</source>
        <translation>SCOP (forma SA, SARL o SAS non indicata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="416"/>
        <source>SCIC (SA, SARL or SAS not given)</source>
        <translation>SCIC (forma SA, SARL o SAS non indicata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="455"/>
        <source>Company in crisis</source>
        <translation>Azienda in crisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="456"/>
        <source>Liquidation</source>
        <translation>Liquidazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="457"/>
        <source>Bankruptcy</source>
        <translation>Fallimento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="458"/>
        <source>Owner without successor</source>
        <translation>Titolare senza successore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="459"/>
        <source>Restructuring</source>
        <translation>Ristrutturazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="463"/>
        <source>Promoter</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="464"/>
        <source>Worker-member</source>
        <translation>Socio lavoratore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="465"/>
        <source>Financing member</source>
        <translation>Socio finanziatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="466"/>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="470"/>
        <location filename="../../deskapp/models/enums.py" line="596"/>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="471"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="474"/>
        <source>Consultancy</source>
        <translation>Consulenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="476"/>
        <source>Referral</source>
        <translation>Invio ad altro servizio</translation>
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
        <translation>Fondo regionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="484"/>
        <source>Microcredit</source>
        <translation>Microcredito</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="485"/>
        <source>Bank loan</source>
        <translation>Prestito bancario</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="486"/>
        <source>NASpI advance</source>
        <translation>Anticipo NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="487"/>
        <source>Crowdfunding</source>
        <translation>Crowdfunding</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="488"/>
        <location filename="../../deskapp/models/enums.py" line="530"/>
        <source>Grant</source>
        <translation>Contributo a fondo perduto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="489"/>
        <source>NACRE</source>
        <translation>NACRE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="496"/>
        <source>Honour loan (0%, to the founders)</source>
        <translation>Prestito d&apos;onore (tasso zero, ai fondatori)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="497"/>
        <source>Loan guarantee</source>
        <translation>Garanzia sul prestito</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="498"/>
        <source>Participatory loan</source>
        <translation>Prestito partecipativo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="499"/>
        <source>Quasi-equity investment</source>
        <translation>Investimento in quasi-capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="500"/>
        <source>ARCE (unemployment rights as capital)</source>
        <translation>ARCE (diritti di disoccupazione come capitale)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="529"/>
        <source>CFI equity</source>
        <translation>Partecipazione CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="531"/>
        <source>Other capital</source>
        <translation>Altro capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="536"/>
        <source>To prepare</source>
        <translation>Da preparare</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="537"/>
        <source>Submitted</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="538"/>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="539"/>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="540"/>
        <source>Disbursed</source>
        <translation>Erogata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="544"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="545"/>
        <source>Updated</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="546"/>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="547"/>
        <source>Stage changed</source>
        <translation>Fase cambiata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="548"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="549"/>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="550"/>
        <source>Logged in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="551"/>
        <source>Failed login</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="552"/>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="559"/>
        <source>Firm</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="560"/>
        <source>Cooperative</source>
        <translation>Cooperativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="561"/>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="562"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="563"/>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="564"/>
        <source>Public body</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="576"/>
        <source>Micro (fewer than 10)</source>
        <translation>Micro (meno di 10)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="577"/>
        <source>Small (10 to 49)</source>
        <translation>Piccola (da 10 a 49)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="578"/>
        <source>Medium (50 to 249)</source>
        <translation>Media (da 50 a 249)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="579"/>
        <source>Large (250 or more)</source>
        <translation>Grande (250 o più)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="585"/>
        <source>Member of</source>
        <translation>Socio di</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="586"/>
        <source>Supplier of</source>
        <translation>Fornitore di</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="587"/>
        <source>Customer of</source>
        <translation>Cliente di</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="588"/>
        <source>Partner abroad of</source>
        <translation>Partner estero di</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="594"/>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="595"/>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="597"/>
        <source>Hired</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="598"/>
        <source>Declined</source>
        <translation>Non andato a buon fine</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../deskapp/cli/login.py" line="29"/>
        <source>This database has no desk and no operator yet: set it up with &apos;deskapp init&apos; (or fill a test database with &apos;deskapp demo&apos;).</source>
        <translation>Questa banca dati non ha ancora uno sportello né un operatore: configurala con &apos;deskapp init&apos; (oppure riempi una banca dati di prova con &apos;deskapp demo&apos;).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="37"/>
        <source>Say who is acting: --operator NAME or DESKAPP_OPERATOR.</source>
        <translation>Indica chi agisce: --operator NOME o DESKAPP_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="43"/>
        <source>Give the password of the acting operator in DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Indica la password dell&apos;operatore in DESKAPP_PASSWORD, oppure esegui il comando in un terminale per digitarla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="73"/>
        <source>{path} is encrypted: give its key in DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>{path} è cifrato: indica la chiave in DESKAPP_KEY, o esegui il comando in un terminale per scriverla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="95"/>
        <source>Choose the database key: set DESKAPP_KEY, or run the command in a terminal to type it.</source>
        <translation>Scegli la chiave della banca dati: imposta DESKAPP_KEY, o esegui il comando in un terminale per scriverla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="111"/>
        <source>The two keys differ; nothing was written.</source>
        <translation>Le due chiavi sono diverse; non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="123"/>
        <source>Choose the administrator&apos;s password: set DESKAPP_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Scegli la password dell&apos;amministratore: imposta DESKAPP_PASSWORD, oppure esegui il comando in un terminale per digitarla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="138"/>
        <source>The two passwords differ; nothing was written.</source>
        <translation>Le due password sono diverse; non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/login.py" line="154"/>
        <source>The database server asks for a password: give it in PGPASSWORD or ~/.pgpass, or run the command in a terminal to type it.</source>
        <translation>Il server del database chiede una password: indicala in PGPASSWORD o in ~/.pgpass, oppure esegui il comando in un terminale per digitarla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="243"/>
        <source>Write the period as --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Indica il periodo come --from AAAA-MM-GG --to AAAA-MM-GG.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="248"/>
        <location filename="../../deskapp/cli/commands.py" line="306"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="570"/>
        <source>No desk is called &apos;{name}&apos;.</source>
        <translation>Nessuno sportello si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="357"/>
        <source>Project {project} has no plan version &apos;{name}&apos;. Versions: {names}</source>
        <translation>Il progetto {project} non ha una versione del piano &apos;{name}&apos;. Versioni: {names}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="392"/>
        <source>Anonymising cannot be undone: add --yes to confirm (person {id}).</source>
        <translation>L&apos;anonimizzazione non si può annullare: aggiungi --yes per confermare (persona {id}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="491"/>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit deve essere tra 1 e 500.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/commands.py" line="493"/>
        <source>--min-size must be a surface in square metres.</source>
        <translation>--min-size deve essere una superficie in metri quadrati.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="63"/>
        <source>{path} holds accounts but cannot be used to log in (it may be damaged further in): move it aside by hand, then restore again. Nothing was changed.</source>
        <translation>{path} contiene degli account ma non permette di accedere (potrebbe essere rovinato più avanti): spostalo altrove a mano, poi ripeti il ripristino. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="113"/>
        <source>&apos;db grant&apos; gives a role its rights on a PostgreSQL server; a database file has no roles: who may change it is set by the file&apos;s own permissions.</source>
        <translation>&apos;db grant&apos; concede a un ruolo i suoi permessi su un server PostgreSQL; un file di database non ha ruoli: chi può modificarlo lo stabiliscono i permessi del file stesso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="202"/>
        <source>&apos;db {command}&apos; works on a database file. On a PostgreSQL server, backups, restores and encryption at rest are the server&apos;s job (pg_dump, base backups, the disk&apos;s encryption).</source>
        <translation>&apos;db {command}&apos; lavora su un file di database. Su un server PostgreSQL copie, ripristini e cifratura dei dati sono compito del server (pg_dump, backup di base, cifratura del disco).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="273"/>
        <source>Checking {path} failed: {reason}</source>
        <translation>Verifica di {path} non riuscita: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="305"/>
        <source>{path} cannot be read as a database ({reason}): it is damaged. Restore the last good backup with &apos;deskapp db restore BACKUP --yes&apos;.</source>
        <translation>{path} non può essere letto come banca dati ({reason}): è danneggiato. Ripristina l&apos;ultima copia buona con &apos;deskapp db restore COPIA --yes&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="328"/>
        <source>{file} is intact (schema {revision}). Restoring replaces {path}: close deskapp everywhere it is open, then add --yes.</source>
        <translation>{file} è integro (schema {revision}). Il ripristino sostituisce {path}: chiudi deskapp ovunque sia aperto, poi aggiungi --yes.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="389"/>
        <source>{path} is encrypted already.</source>
        <translation>{path} è già cifrato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="458"/>
        <source>Restoring loads the archive into the database at the address given: add --yes to confirm.</source>
        <translation>Il ripristino carica l&apos;archivio nel database all&apos;indirizzo indicato: aggiungi --yes per confermare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/db_commands.py" line="479"/>
        <source>{path} is not empty ({count} tables): an archive is restored into a new, empty database (createdb), never over a registry. Nothing was changed.</source>
        <translation>{path} non è vuoto ({count} tabelle): un archivio si ripristina in un database nuovo e vuoto (createdb), mai sopra un registro. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="94"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons deve essere almeno 1.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="107"/>
        <source>{path} exists already: &apos;deskapp db encrypt&apos; encrypts a database that holds data.</source>
        <translation>{path} esiste già: &apos;deskapp db encrypt&apos; cifra una banca dati che contiene dati.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="45"/>
        <location filename="../../deskapp/cli/main.py" line="153"/>
        <source>--encrypt encrypts a database file. On a server, encryption at rest and TLS (sslmode=require in the address) are the server&apos;s job.</source>
        <translation>--encrypt cifra un file di database. Su un server la cifratura dei dati e TLS (sslmode=require nell&apos;indirizzo) sono compito del server.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="67"/>
        <source>The copy to {target} failed: {reason}. Nothing was written.</source>
        <translation>La copia verso {target} non è riuscita: {reason}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="85"/>
        <source>--to is empty: give a server&apos;s address or a file&apos;s path.</source>
        <translation>--to è vuoto: indica l&apos;indirizzo di un server o il percorso di un file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="93"/>
        <location filename="../../deskapp/cli/main.py" line="177"/>
        <source>The database address holds a password: leave it out (a command line is seen by others and kept in histories), and give it in PGPASSWORD or in ~/.pgpass instead.</source>
        <translation>L&apos;indirizzo del database contiene una password: toglietela (una riga di comando è visibile ad altri e resta nella cronologia) e datela invece in PGPASSWORD o in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="102"/>
        <source>&apos;{scheme}://...&apos; is not a database deskapp can copy to: give a PostgreSQL server&apos;s address (postgresql://user@host:port/dbname) or a new file&apos;s path with --to.</source>
        <translation>&apos;{scheme}://...&apos; non è un database in cui deskapp possa copiare: indica con --to l&apos;indirizzo di un server PostgreSQL (postgresql://utente@host:porta/nomedb) o il percorso di un nuovo file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="115"/>
        <source>&apos;db copy&apos; copies a file to a PostgreSQL server, or a server to a file. To copy a file to another file, use &apos;deskapp db backup -o FILE&apos;.</source>
        <translation>&apos;db copy&apos; copia un file in un server PostgreSQL, o un server in un file. Per copiare un file in un altro file, usa &apos;deskapp db backup -o FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="122"/>
        <source>&apos;db copy&apos; copies a file to a PostgreSQL server, or a server to a file. From one server to another, copying is the servers&apos; job (pg_dump and pg_restore).</source>
        <translation>&apos;db copy&apos; copia un file in un server PostgreSQL, o un server in un file. Da un server a un altro, la copia è compito dei server (pg_dump e pg_restore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/main.py" line="185"/>
        <source>&apos;{scheme}://...&apos; is not a database deskapp can open: give a file&apos;s path, or a PostgreSQL server&apos;s address (postgresql://user@host:port/dbname), with --db or DESKAPP_DB.</source>
        <translation>&apos;{scheme}://...&apos; non è un database che deskapp sa aprire: indicate il percorso di un file, o l&apos;indirizzo di un server PostgreSQL (postgresql://utente@host:porta/nomedb), con --db o DESKAPP_DB.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="120"/>
        <source>This record was changed by someone else after you opened it (version {current}, yours {expected}). Reload it to see their changes; nothing was saved.</source>
        <translation>Questa scheda è stata modificata da un&apos;altra persona dopo che l&apos;hai aperta (versione {current}, la tua {expected}). Ricaricala per vedere le modifiche; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="174"/>
        <source>line {line}</source>
        <translation>riga {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="175"/>
        <source>record {record} (line {line})</source>
        <translation>record {record} (riga {line})</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="176"/>
        <source>row {row}</source>
        <translation>riga {row}</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="219"/>
        <source>1 of {rows} rows has errors; nothing was imported.</source>
        <translation>1 riga su {rows} contiene errori; non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="220"/>
        <source>{count} of {rows} rows have errors; nothing was imported.</source>
        <translation>{count} righe su {rows} contengono errori; non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="231"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annullato: non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="56"/>
        <location filename="../../deskapp/models/fields.py" line="192"/>
        <location filename="../../deskapp/models/fields.py" line="193"/>
        <source>is not a valid date; write it as DD/MM/YYYY</source>
        <translation>non è una data valida; scrivila come GG/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="81"/>
        <location filename="../../deskapp/models/fields.py" line="185"/>
        <source>is not an amount of money; write it like 1234,50</source>
        <translation>non è un importo; scrivilo come 1234,50</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="103"/>
        <source>contains an invisible control character</source>
        <translation>contiene un carattere di controllo invisibile</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="104"/>
        <source>must be on one line, without line breaks or tabs</source>
        <translation>deve stare su una riga, senza a capo né tabulazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="178"/>
        <location filename="../../deskapp/models/fields.py" line="179"/>
        <location filename="../../deskapp/models/network_schemas.py" line="78"/>
        <location filename="../../deskapp/services/business_plans.py" line="167"/>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="180"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation>è troppo lungo (al massimo {max_length} caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="181"/>
        <location filename="../../deskapp/models/fields.py" line="182"/>
        <location filename="../../deskapp/models/fields.py" line="183"/>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="184"/>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="188"/>
        <source>must be at least {ge}</source>
        <translation>deve essere almeno {ge}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="189"/>
        <source>must be more than {gt}</source>
        <translation>deve essere maggiore di {gt}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="190"/>
        <source>must be at most {le}</source>
        <translation>deve essere al massimo {le}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="191"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="28"/>
        <location filename="../../deskapp/models/schemas.py" line="554"/>
        <location filename="../../deskapp/models/schemas.py" line="577"/>
        <source>has more than two decimals</source>
        <translation>ha più di due decimali</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="194"/>
        <source>must be yes or no</source>
        <translation>deve essere sì o no</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="195"/>
        <source>&apos;{input}&apos; is not one of: {expected}</source>
        <translation>&apos;{input}&apos; non è tra i valori ammessi: {expected}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="196"/>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="198"/>
        <source>is not valid</source>
        <translation>non è valido</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="131"/>
        <source>must be 16 characters long (it has {length})</source>
        <translation>deve essere lungo 16 caratteri (ne ha {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="137"/>
        <source>is not written like a codice fiscale (6 letters, 2 digits, a letter, 2 digits, a letter, 3 digits, a letter)</source>
        <translation>non ha la forma di un codice fiscale (6 lettere, 2 cifre, una lettera, 2 cifre, una lettera, 3 cifre, una lettera)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="146"/>
        <source>has a wrong check character: check for a mistyped letter or digit</source>
        <translation>ha il carattere di controllo sbagliato: verifica lettere o cifre digitate male</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="165"/>
        <source>contains an impossible birth date</source>
        <translation>contiene una data di nascita impossibile</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="173"/>
        <source>has a birthplace code ({code}) that matches no municipality or country</source>
        <translation>ha un codice del luogo di nascita ({code}) che non corrisponde ad alcun comune o stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="273"/>
        <source>does not match the birth date entered: its 2nd and 3rd digits give a birth year ending in {year}</source>
        <translation>non corrisponde alla data di nascita indicata: la 2ª e la 3ª cifra danno un anno di nascita che termina con {year}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="278"/>
        <source>does not match the birth date entered: its 4th and 5th digits give {month} as the month of birth</source>
        <translation>non corrisponde alla data di nascita indicata: la 4ª e la 5ª cifra danno {month} come mese di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="295"/>
        <source>lacks its key: write the 2 digits that follow the 13 others</source>
        <translation>manca la chiave: scrivere le 2 cifre che seguono le altre 13</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="301"/>
        <source>must be 15 digits: 13 and the 2-digit key (it has {length})</source>
        <translation>deve avere 15 cifre: 13 più le 2 della chiave (ne ha {length})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="310"/>
        <source>has a wrong key (its last 2 digits): check for a mistyped digit</source>
        <translation>ha una chiave errata (le ultime 2 cifre): controllare se una cifra è stata digitata male</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="316"/>
        <source>is not written like a NIR: digits only, but for 2A or 2B (Corsica) as the 6th and 7th characters</source>
        <translation>non è scritto come un NIR: solo cifre, salvo 2A o 2B (Corsica) come 6° e 7° carattere</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="337"/>
        <source>has an impossible birth month ({month}) as its 4th and 5th digits</source>
        <translation>ha un mese di nascita impossibile ({month}) come 4ª e 5ª cifra</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="346"/>
        <source>has a department of birth that does not exist ({department}) from its 6th character: departments are 01 to 95 (2A or 2B in Corsica), 971 to 978 or 984 to 989 overseas, and 99 for born abroad</source>
        <translation>indica un dipartimento di nascita che non esiste ({department}) dal 6º carattere: i dipartimenti vanno da 01 a 95 (2A o 2B in Corsica), da 971 a 978 o da 984 a 989 oltremare, e 99 per chi è nato all&apos;estero</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="467"/>
        <source>is not a valid partita IVA: wrong check digit (check for a mistyped digit)</source>
        <translation>non è una partita IVA valida: cifra di controllo errata (controlla che non ci sia una cifra sbagliata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="470"/>
        <source>is not a valid partita IVA: it must be 11 digits, with or without IT</source>
        <translation>non è una partita IVA valida: deve avere 11 cifre, con o senza IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="475"/>
        <source>is not a valid SIREN: wrong check digit (check for a mistyped digit)</source>
        <translation>non è un SIREN valido: cifra di controllo errata (controlla che non ci sia una cifra sbagliata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="478"/>
        <source>is not a valid SIREN: it must be 9 digits</source>
        <translation>non è un SIREN valido: deve avere 9 cifre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="481"/>
        <source>is not a valid SIRET: wrong check digit (check for a mistyped digit)</source>
        <translation>non è un SIRET valido: cifra di controllo errata (controlla che non ci sia una cifra sbagliata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="484"/>
        <source>is not a valid SIRET: it must be 14 digits</source>
        <translation>non è un SIRET valido: deve avere 14 cifre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="487"/>
        <source>is not a valid French VAT number: its key does not match the SIREN (check for a mistyped digit)</source>
        <translation>non è una partita IVA francese valida: la chiave non corrisponde al SIREN (controlla che non ci sia una cifra sbagliata)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="492"/>
        <source>is not a valid French VAT number: FR, a 2-character key and the 9-digit SIREN</source>
        <translation>non è una partita IVA francese valida: FR, una chiave di 2 caratteri e il SIREN di 9 cifre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="498"/>
        <source>is not a company number: write a partita IVA (11 digits, with or without IT), a SIREN (9 digits), a SIRET (14 digits) or a French VAT number (FR and 11 characters)</source>
        <translation>non è un numero d&apos;impresa: scrivi una partita IVA (11 cifre, con o senza IT), un SIREN (9 cifre), un SIRET (14 cifre) o una partita IVA francese (FR e 11 caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="575"/>
        <source>is not a partita IVA: an Italian enterprise has 11 digits, with or without IT</source>
        <translation>non è una partita IVA: un&apos;impresa italiana ha 11 cifre, con o senza IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="578"/>
        <source>is not a SIREN or SIRET: a French enterprise has 9 or 14 digits</source>
        <translation>non è un SIREN o un SIRET: un&apos;impresa francese ha 9 o 14 cifre</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="602"/>
        <source>is not an Italian postcode (CAP): 5 digits, e.g. 16121; for a postcode abroad, write its country first, e.g. FR-06500</source>
        <translation>non è un CAP italiano: 5 cifre, es. 16121; per un codice postale estero, scrivere prima il paese, es. FR-06500</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="607"/>
        <source>is not a French postcode: 5 digits starting with the department, e.g. 13001; for a postcode abroad, write its country first, e.g. IT-16121</source>
        <translation>non è un codice postale francese: 5 cifre che iniziano con il dipartimento, es. 13001; per un codice postale estero, scrivere prima il paese, es. IT-16121</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="613"/>
        <source>is not a postcode: 2A and 2B are Corsica&apos;s departments; its postcodes start with 20, e.g. 20000 Ajaccio, 20200 Bastia</source>
        <translation>non è un codice postale: 2A e 2B sono i dipartimenti della Corsica; i suoi codici postali iniziano con 20, es. 20000 Ajaccio, 20200 Bastia</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="79"/>
        <source>The birthplace code {code} ({name}) was not in use on the birth date; check the codice fiscale against the person&apos;s document.</source>
        <translation>Il codice del luogo di nascita {code} ({name}) non era in uso alla data di nascita; verifica il codice fiscale sul documento della persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="256"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a man</source>
        <translation>non corrisponde al sesso indicato: la prima cifra, {digit}, indica un uomo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="259"/>
        <source>does not match the sex entered: its first digit, {digit}, is for a woman</source>
        <translation>non corrisponde al sesso indicato: la prima cifra, {digit}, indica una donna</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="263"/>
        <source>does not match the birth date entered: its 6th and 7th characters, {department}, are Corsica&apos;s from 1976; someone born there before 1976 has 20</source>
        <translation>non corrisponde alla data di nascita indicata: il 6º e il 7º carattere, {department}, indicano la Corsica dal 1976; chi vi è nato prima del 1976 ha 20</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="268"/>
        <source>does not match the birth date entered: its 6th and 7th characters, 20, are Corsica&apos;s before 1976; someone born there from 1976 has 2A or 2B</source>
        <translation>non corrisponde alla data di nascita indicata: il 6º e il 7º carattere, 20, indicano la Corsica prima del 1976; chi vi è nato dal 1976 in poi ha 2A o 2B</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="325"/>
        <source>must start with 1 or 2 (a man or a woman), or 3, 4, 7 or 8 (a temporary number): its first digit is {digit}</source>
        <translation>deve iniziare con 1 o 2 (un uomo o una donna), oppure con 3, 4, 7 o 8 (un numero provvisorio): la sua prima cifra è {digit}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="410"/>
        <source>is not a phone number</source>
        <translation>non è un numero di telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="412"/>
        <source>is not a valid phone number (for a foreign number, start with + and the country code)</source>
        <translation>non è un numero di telefono valido (per un numero estero, inizia con + e il prefisso del paese)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="447"/>
        <source>is not a valid e-mail address ({reason})</source>
        <translation>non è un indirizzo e-mail valido ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="103"/>
        <source>{path} was written by a newer version of deskapp (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} è stato scritto da una versione più recente di deskapp (schema {revision}). Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="126"/>
        <source>{path} is not a deskapp database (it holds other tables). Choose another file.</source>
        <translation>{path} non è una banca dati di deskapp (contiene altre tabelle). Scegli un altro file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="276"/>
        <source>{path} cannot be read as a database: {reason}</source>
        <translation>{path} non può essere letto come banca dati: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="318"/>
        <source>{path} holds no deskapp database yet: create it with &apos;deskapp init&apos;.</source>
        <translation>{path} non contiene ancora un database di deskapp: createlo con &apos;deskapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="353"/>
        <source>Cannot open the database at {path}: {reason}. Check the address, that the server is running, and the password (PGPASSWORD or ~/.pgpass).</source>
        <translation>Impossibile aprire il database in {path}: {reason}. Controlla l&apos;indirizzo, che il server sia acceso e la password (PGPASSWORD o ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="48"/>
        <source>Unknown export format &apos;{format}&apos;: use csv or xlsx.</source>
        <translation>Formato di esportazione sconosciuto &apos;{format}&apos;: usa csv o xlsx.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="60"/>
        <source>Unknown CSV separator &apos;{delimiter}&apos;: use ; or ,</source>
        <translation>Separatore CSV sconosciuto &apos;{delimiter}&apos;: usa ; o ,</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="55"/>
        <source>No operator is called &apos;{name}&apos;.</source>
        <translation>Nessun operatore si chiama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="60"/>
        <source>The operator &apos;{name}&apos; is no longer active.</source>
        <translation>L&apos;operatore &apos;{name}&apos; non è più attivo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo/build.py" line="45"/>
        <source>This database is already set up (it has accounts): demo data is only written into a new, empty file, so its accounts with a known password never enter a real registry. Use a new file (--db).</source>
        <translation>Questo database è già configurato (ha degli account): i dati dimostrativi si scrivono solo in un file nuovo e vuoto, così i loro account con una password nota non entrano mai in un registro reale. Usa un file nuovo (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo/build.py" line="54"/>
        <source>This database already holds people: demo data is only written into an empty registry, so real and invented people never mix. Use a new file (--db).</source>
        <translation>Questa banca dati contiene già delle persone: i dati dimostrativi si scrivono solo in un&apos;anagrafica vuota, perché persone reali e inventate non si mescolino mai. Usa un file nuovo (--db).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="81"/>
        <location filename="../../deskapp/services/network_files.py" line="88"/>
        <source>no desk is called &apos;{name}&apos;</source>
        <translation>nessuno sportello si chiama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="82"/>
        <location filename="../../deskapp/services/network_files.py" line="91"/>
        <source>already used on line {line} of this file</source>
        <translation>già usato alla riga {line} di questo file</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="83"/>
        <source>already in the registry as person no. {id}</source>
        <translation>già in anagrafica come persona n. {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="84"/>
        <source>you may not add people to {name}</source>
        <translation>non puoi aggiungere persone a {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="85"/>
        <source>The file {name} has column names but no rows of people below them.</source>
        <translation>Il file {name} ha i nomi delle colonne ma nessuna riga di persone sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="191"/>
        <source>While the file was being imported, someone registered a person with one of its codici fiscali or NIR numbers: nothing of the file was imported. Import it again: the rows concerned will be named.</source>
        <translation>Mentre il file veniva importato, qualcuno ha registrato una persona con uno dei suoi codici fiscali o numeri NIR: nulla del file è stato importato. Importalo di nuovo: le righe interessate saranno indicate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="237"/>
        <location filename="../../deskapp/services/network_files.py" line="210"/>
        <source>this column appears more than once in the first line</source>
        <translation>questa colonna compare più di una volta nella prima riga</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="242"/>
        <location filename="../../deskapp/services/network_files.py" line="216"/>
        <source>this column is missing from the file</source>
        <translation>questa colonna manca nel file</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="246"/>
        <location filename="../../deskapp/services/network_files.py" line="224"/>
        <source>unknown column; rename or remove it</source>
        <translation>colonna sconosciuta; rinominala o eliminala</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="191"/>
        <source>Only a database file can be backed up here. A database on a server is backed up by the server (its administrator&apos;s pg_dump or base backups).</source>
        <translation>Qui si può copiare solo un file di database. Un database su un server è copiato dal server (pg_dump o backup di base del suo amministratore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="200"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>La copia di sicurezza non può sovrascrivere la banca dati stessa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="220"/>
        <source>The disk filled up while the backup was written to {folder}: no part of it was kept there. Free some space (or choose another folder), then back up again.</source>
        <translation>Il disco si è riempito mentre la copia veniva scritta in {folder}: non ne è stata conservata nessuna parte. Libera spazio (o scegli un&apos;altra cartella), poi rifai la copia.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="255"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation>La copia di sicurezza non ha superato il controllo di integrità: {result}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="53"/>
        <source>This database is already set up.</source>
        <translation>Questa banca dati è già configurata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="58"/>
        <source>Only a coordinator can export registry tables.</source>
        <translation>Solo un coordinatore può esportare le tabelle del registro.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="59"/>
        <source>Only a coordinator can run this report.</source>
        <translation>Solo un coordinatore può produrre questo report.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="60"/>
        <source>Only a coordinator can import registry files.</source>
        <translation>Solo un coordinatore può importare file del registro.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="64"/>
        <source>Only an administrator can manage desks and operators.</source>
        <translation>Solo un amministratore può gestire sportelli e operatori.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="68"/>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Solo un amministratore può leggere il registro delle operazioni.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="69"/>
        <source>Only an administrator can copy or restore the whole database (the automatic backups run for everyone).</source>
        <translation>Solo un amministratore può copiare o ripristinare l&apos;intera banca dati (le copie automatiche valgono per tutti).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="74"/>
        <source>Only a coordinator can change the programme&apos;s supply chains.</source>
        <translation>Solo un coordinatore può modificare le filiere del programma.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="97"/>
        <source>This record belongs to another desk: only its own operators (or an administrator) can change it.</source>
        <translation>Questa scheda appartiene a un altro sportello: possono modificarla solo i suoi operatori (o un amministratore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="98"/>
        <source>another desk already has this name</source>
        <translation>un altro sportello ha già questo nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="123"/>
        <source>another operator already has this name</source>
        <translation>un altro operatore ha già questo nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="141"/>
        <source>is needed: give the new colleague a first password in person</source>
        <translation>è necessaria: consegna di persona una prima password al nuovo collega</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="157"/>
        <source>no such desk</source>
        <translation>sportello inesistente</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="106"/>
        <source>already belongs to {name} (person no. {id}): open that record</source>
        <translation>appartiene già a {name} (persona n. {id}): apri quella scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="131"/>
        <source>Possible duplicate: person no. {id} has the same name and birth date.</source>
        <translation>Possibile doppione: la persona n. {id} ha stesso nome e data di nascita.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="205"/>
        <source>This person was anonymised on {date}: the record is closed.</source>
        <translation>Questa persona è stata anonimizzata il {date}: la scheda è chiusa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="326"/>
        <source>No person is registered as &apos;{reference}&apos;.</source>
        <translation>Nessuna persona è registrata come &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/projects.py" line="172"/>
        <source>is already a member of this project in this role</source>
        <translation>fa già parte di questo progetto con questo ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="64"/>
        <source>Add at least one person to the project (the promoter).</source>
        <translation>Aggiungi almeno una persona al progetto (il promotore).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="69"/>
        <source>Give the sector of activity (its ATECO, NAF or NACE code).</source>
        <translation>Indicare il settore di attività (il suo codice ATECO, NAF o NACE).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="74"/>
        <source>Name the origin company (needed for a workers buyout or a spin-off).</source>
        <translation>Indica l&apos;azienda di origine (necessaria per un workers buyout o uno spin-off).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="81"/>
        <source>Give the number of jobs the enterprise expects to create.</source>
        <translation>Indica quanti posti di lavoro l&apos;impresa prevede di creare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="86"/>
        <source>Record at least one funding application, even in preparation.</source>
        <translation>Registra almeno una domanda di finanziamento, anche in preparazione.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="91"/>
        <source>Choose the legal form of the new enterprise.</source>
        <translation>Scegli la forma giuridica della nuova impresa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="96"/>
        <source>Add at least one member to the project.</source>
        <translation>Aggiungi almeno un socio al progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="101"/>
        <location filename="../../deskapp/services/stages.py" line="106"/>
        <source>Give the date the enterprise actually started.</source>
        <translation>Indica la data di effettivo avvio dell&apos;impresa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="139"/>
        <source>The project is already in this stage.</source>
        <translation>Il progetto è già in questa fase.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="144"/>
        <source>Say why the project is abandoned.</source>
        <translation>Indica perché il progetto viene abbandonato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="152"/>
        <source>Say why the project is reopened.</source>
        <translation>Indica perché il progetto viene riaperto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="158"/>
        <source>The project cannot be reopened at this stage yet.</source>
        <translation>Il progetto non può ancora essere riaperto in questa fase.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="166"/>
        <source>Say why the project goes back to an earlier stage.</source>
        <translation>Indica perché il progetto torna a una fase precedente.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="173"/>
        <source>The project cannot move to this stage yet.</source>
        <translation>Il progetto non può ancora passare a questa fase.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="92"/>
        <source>The file {name} is empty.</source>
        <translation>Il file {name} è vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="93"/>
        <source>The file {name} is larger than {limit} MB: split it into smaller files.</source>
        <translation>Il file {name} supera {limit} MB: dividilo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="96"/>
        <source>The file {name} is not a text file in UTF-8 or Windows-1252: save the table as CSV UTF-8 or as an Excel workbook (.xlsx).</source>
        <translation>Il file {name} non è un file di testo in UTF-8 o Windows-1252: salva la tabella come CSV UTF-8 o come cartella di Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="101"/>
        <source>The file {name} is not an Excel workbook (.xlsx), or it is damaged: open it in its program and save it again as .xlsx or CSV UTF-8.</source>
        <translation>Il file {name} non è una cartella di Excel (.xlsx), oppure è danneggiato: aprilo con il suo programma e salvalo di nuovo come .xlsx o CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="111"/>
        <source>The file {name} is a PDF document, not a spreadsheet: export the table as .xlsx or CSV from the program that made it.</source>
        <translation>Il file {name} è un documento PDF, non un foglio di calcolo: esporta la tabella come .xlsx o CSV dal programma che l&apos;ha prodotta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="119"/>
        <source>The file {name} is an old Excel (.xls) or other Office file: save it as .xlsx or CSV UTF-8.</source>
        <translation>Il file {name} è un vecchio file Excel (.xls) o un altro file di Office: salvalo come .xlsx o CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="128"/>
        <source>The file {name} is UTF-16 text (Excel&apos;s &apos;Unicode text&apos;): save it as CSV UTF-8 instead.</source>
        <translation>Il file {name} è testo UTF-16 (&apos;Testo Unicode&apos; di Excel): salvalo invece come CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="138"/>
        <source>The file {name} is a zip archive (perhaps an Excel workbook), not CSV text: a workbook must end in .xlsx.</source>
        <translation>Il file {name} è un archivio zip (forse una cartella di Excel), non testo CSV: una cartella di Excel deve finire in .xlsx.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="302"/>
        <source>The file {path} does not exist.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="330"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Il file {path} non può essere letto: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="307"/>
        <source>Only .csv and .xlsx files can be imported, not {suffix}.</source>
        <translation>Si possono importare solo file .csv e .xlsx, non {suffix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="125"/>
        <source>name either an organisation or a project</source>
        <translation>indica un&apos;organizzazione oppure un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="134"/>
        <source>a supplier or customer is one of a project</source>
        <translation>un fornitore o un cliente lo è di un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="139"/>
        <source>is a member of an organisation, not of a project</source>
        <translation>si è soci di un&apos;organizzazione, non di un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="158"/>
        <source>cannot be more than the posts</source>
        <translation>non può superare i posti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="174"/>
        <source>is more than ten years after the start</source>
        <translation>cade più di dieci anni dopo l&apos;inizio</translation>
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
        <translation>non può essere nel futuro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="204"/>
        <source>name either an opening or a project&apos;s role</source>
        <translation>indica un&apos;offerta di lavoro oppure un ruolo di progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="223"/>
        <source>use up to 40 letters, digits and underscores, e.g. nautical</source>
        <translation>usa fino a 40 lettere, cifre e trattini bassi, ad es. nautical</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="238"/>
        <source>{code} is not a NACE code (e.g. 30.1 or 55)</source>
        <translation>{code} non è un codice NACE (ad es. 30.1 o 55)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="181"/>
        <location filename="../../deskapp/services/consents.py" line="31"/>
        <source>is before the date the consent was given</source>
        <translation>è precedente alla data del consenso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="35"/>
        <location filename="../../deskapp/models/schemas.py" line="275"/>
        <source>must be a two-letter country code, e.g. IT</source>
        <translation>deve essere un codice paese di due lettere, per esempio IT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="288"/>
        <source>is more than 110 years ago</source>
        <translation>è di più di 110 anni fa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="315"/>
        <source>does not match the sex entered (the code is for {sex})</source>
        <translation>non corrisponde al sesso indicato (il codice è per {sex})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="325"/>
        <source>does not match the birth date entered (the code says {date})</source>
        <translation>non corrisponde alla data di nascita indicata (il codice riporta {date})</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="346"/>
        <location filename="../../deskapp/models/schemas.py" line="350"/>
        <source>is required (or give the codice fiscale)</source>
        <translation>è obbligatorio (oppure indica il codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="367"/>
        <source>is not after the birth date</source>
        <translation>non è successiva alla data di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="383"/>
        <source>record the legal basis and the privacy notice version before saving</source>
        <translation>registra la base giuridica e la versione dell&apos;informativa privacy prima di salvare</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="558"/>
        <source>cannot be more than the capital pledged</source>
        <translation>non può superare il capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="563"/>
        <source>TFR and NASpI parts together exceed the capital pledged</source>
        <translation>le quote da TFR e NASpI insieme superano il capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="583"/>
        <source>an ARCE part needs ARCE as the use of the unemployment rights (ARCE and ARE kept monthly are alternatives)</source>
        <translation>una quota da ARCE richiede ARCE come uso dei diritti di disoccupazione (ARCE e ARE mantenuta mensilmente sono alternative)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="592"/>
        <source>is recorded only when the member keeps ARE monthly (ARCE and ARE kept monthly are alternatives)</source>
        <translation>si registra solo se il socio mantiene l&apos;ARE mensilmente (ARCE e ARE mantenuta mensilmente sono alternative)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="601"/>
        <source>with the other parts, it exceeds the capital pledged</source>
        <translation>con le altre quote supera il capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="621"/>
        <source>choose a person or a project</source>
        <translation>scegli una persona o un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="625"/>
        <source>cannot be before the activity itself</source>
        <translation>non può essere prima dell&apos;attività stessa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="656"/>
        <source>cannot be more than the amount granted</source>
        <translation>non può superare l&apos;importo concesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="661"/>
        <source>cannot be before the submission</source>
        <translation>non può essere prima della presentazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="193"/>
        <source>is not a step of any stage</source>
        <translation>non è un passo di nessuna fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="511"/>
        <source>Unknown report format &apos;{format}&apos;: use pdf, xlsx or csv.</source>
        <translation>Formato di report sconosciuto &apos;{format}&apos;: usa pdf, xlsx o csv.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="342"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="161"/>
        <source>plan year {year} is after the plan&apos;s last year</source>
        <translation>l&apos;anno {year} del piano è oltre l&apos;ultimo anno del piano</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="81"/>
        <source>The NASpI advance is already part of the members&apos; capital: record it as the member&apos;s part from NASpI advance (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;anticipo NASpI fa già parte del capitale dei soci: registralo come quota del socio da NASpI anticipata (Modifica ruolo e capitale, nella scheda Soci e capitale del progetto).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="87"/>
        <source>The ARCE is already part of the members&apos; capital: record it as the member&apos;s part from ARCE (Edit role and capital, on the project&apos;s Members and capital tab).</source>
        <translation>L&apos;ARCE fa già parte del capitale dei soci: registrala come quota del socio da ARCE (Modifica ruolo e capitale, nella scheda Soci e capitale del progetto).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="169"/>
        <source>is too long (at most {max} characters)</source>
        <translation>è troppo lungo (al massimo {max} caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="179"/>
        <source>Save the plan before freezing a version of it.</source>
        <translation>Salva il piano prima di congelarne una versione.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="191"/>
        <source>another version already has this name</source>
        <translation>un&apos;altra versione ha già questo nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="335"/>
        <source>Only an approved or disbursed application can fund the plan.</source>
        <translation>Solo una domanda approvata o erogata può finanziare il piano.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="351"/>
        <source>A guarantee brings no money to the plan: add the loan it guarantees.</source>
        <translation>Una garanzia non porta denaro al piano: aggiungere il prestito che garantisce.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="61"/>
        <source>Only a coordinator can change the funding catalogue.</source>
        <translation>Solo un coordinatore può modificare il catalogo dei finanziamenti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/funding_catalogue.py" line="127"/>
        <source>another instrument of the catalogue has this name</source>
        <translation>un altro strumento del catalogo ha questo nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/permissions.py" line="67"/>
        <source>Only an administrator can anonymise a person.</source>
        <translation>Solo un amministratore può anonimizzare una persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/gdpr.py" line="138"/>
        <source>Person {id} was already anonymised on {date}.</source>
        <translation>La persona {id} è già stata anonimizzata il {date}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="149"/>
        <source>No file at {path}.</source>
        <translation>Nessun file in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="254"/>
        <source>{path} is encrypted and the backup {backup} is not: give the database&apos;s key (DESKAPP_KEY, or typed when asked), so that the restored copy is encrypted with it too.</source>
        <translation>{path} è cifrato e la copia {backup} no: indica la chiave della banca dati (DESKAPP_KEY, o scritta quando richiesta), così anche la copia ripristinata viene cifrata con essa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="267"/>
        <source>The key does not open {path} (a wrong key, or the file is damaged) and the backup {backup} is not encrypted: it is not put back unencrypted over an encrypted database. Give the key that opens {path}; if the file is damaged beyond opening, move it elsewhere, restore the backup, then encrypt it with &apos;deskapp db encrypt&apos;. Nothing was changed.</source>
        <translation>La chiave non apre {path} (chiave sbagliata, o file danneggiato) e la copia {backup} non è cifrata: non viene rimessa in chiaro al posto di una banca dati cifrata. Indica la chiave che apre {path}; se il file è troppo danneggiato per aprirsi, spostalo altrove, ripristina la copia, poi cifrala con &apos;deskapp db encrypt&apos;. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/copy_command.py" line="156"/>
        <location filename="../../deskapp/cli/db_commands.py" line="392"/>
        <location filename="../../deskapp/services/backups.py" line="154"/>
        <source>{path} is not a deskapp database.</source>
        <translation>{path} non è una banca dati di deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/backups.py" line="165"/>
        <source>{path} is damaged ({result}): choose another backup.</source>
        <translation>{path} è danneggiato ({result}): scegli un&apos;altra copia.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/disk_space.py" line="31"/>
        <source>Not enough free disk space in {folder}: {free} MB free, about {needed} MB needed. Free some space (or choose another folder) and try again.</source>
        <translation>Spazio libero su disco insufficiente in {folder}: {free} MB liberi, ne servono circa {needed} MB. Libera spazio (o scegli un&apos;altra cartella) e riprova.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="57"/>
        <source>must be at least 8 characters long</source>
        <translation>deve essere lunga almeno 8 caratteri</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="60"/>
        <source>is one of the most common passwords: choose another</source>
        <translation>è una delle password più comuni: scegline un&apos;altra</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="62"/>
        <source>must not be your name</source>
        <translation>non deve essere il tuo nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="74"/>
        <source>Only an administrator can set another operator&apos;s password.</source>
        <translation>Solo un amministratore può impostare la password di un altro operatore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="126"/>
        <source>Unknown operator or wrong password.</source>
        <translation>Operatore sconosciuto o password errata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="150"/>
        <source>This account has no password yet: start deskapp and choose one at the first login, then use the command line.</source>
        <translation>Questo account non ha ancora una password: avvia deskapp e sceglila al primo accesso, poi usa la riga di comando.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="140"/>
        <source>Too many wrong passwords: this account is locked until {time}. An administrator can unlock it (Administration, Accounts, Unlock).</source>
        <translation>Troppe password errate: questo account è bloccato fino alle {time}. Un amministratore può sbloccarlo (Amministrazione, Account, Sblocca).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="148"/>
        <source>The database is busy: another program has been writing to it for more than {seconds} seconds. Nothing was saved; try again in a moment, and if it goes on, close the other deskapp or the program using the file.</source>
        <translation>La banca dati è occupata: un altro programma ci sta scrivendo da più di {seconds} secondi. Non è stato salvato nulla; riprova fra un momento e, se continua, chiudi l&apos;altro deskapp o il programma che usa il file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/database.py" line="158"/>
        <source>The disk is full: nothing of this save was written, and what was saved before is intact. Free some space on the disk, then save again.</source>
        <translation>Il disco è pieno: di questo salvataggio non è stato scritto nulla, e quanto salvato prima è intatto. Libera spazio sul disco, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="112"/>
        <source>{path} is encrypted: give its key (DESKAPP_KEY, or typed when asked).</source>
        <translation>{path} è cifrato: indica la sua chiave (DESKAPP_KEY, o scritta quando richiesta).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="122"/>
        <source>The key does not open {path}: check it and type it again (upper and lower case count). Without the right key the data cannot be read.</source>
        <translation>La chiave non apre {path}: controllala e scrivila di nuovo (maiuscole e minuscole contano). Senza la chiave giusta i dati non si possono leggere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="168"/>
        <source>{path} is open in another deskapp or program: close it there first (on every computer that uses it). Nothing was changed.</source>
        <translation>{path} è aperto in un altro deskapp o programma: chiudilo prima lì (su ogni computer che lo usa). Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sqlite_files.py" line="194"/>
        <source>The key must have at least 12 characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>La chiave deve avere almeno 12 caratteri: una breve frase è facile da ricordare e difficile da indovinare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="112"/>
        <source>You cannot switch off your own account.</source>
        <translation>Non puoi disattivare il tuo stesso account.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="122"/>
        <source>{name} is the only active administrator: make someone else administrator first.</source>
        <translation>{name} è l&apos;unico amministratore attivo: nomina prima un altro amministratore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="173"/>
        <source>&apos;{code}&apos; is not a language deskapp speaks</source>
        <translation>&apos;{code}&apos; non è una lingua di deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="35"/>
        <source>No database at {path}: check the path (--db or DESKAPP_DB), or create a new database with &apos;deskapp init&apos;.</source>
        <translation>Nessun database in {path}: controlla il percorso (--db o DESKAPP_DB), oppure crea un nuovo database con &apos;deskapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="44"/>
        <location filename="../../deskapp/cli/main.py" line="120"/>
        <location filename="../../deskapp/dbcopy/copy.py" line="200"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} è una cartella, non un file di database.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/common.py" line="49"/>
        <source>{path} is an empty file, not a deskapp database: restore a backup into it (&apos;deskapp db restore&apos;), or create a new database with &apos;deskapp init&apos;.</source>
        <translation>{path} è un file vuoto, non un database di deskapp: ripristinaci una copia di sicurezza (&apos;deskapp db restore&apos;), oppure crea un nuovo database con &apos;deskapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/audit_anchor.py" line="95"/>
        <location filename="../../deskapp/models/audit_anchor.py" line="99"/>
        <source>This is not an audit-trail anchor deskapp can read.</source>
        <translation>Questo non è un punto di controllo del registro delle operazioni che deskapp sa leggere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/audit_anchor.py" line="104"/>
        <source>{path} is not a backup manifest deskapp can read.</source>
        <translation>{path} non è un manifest di copia che deskapp sa leggere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/fonts.py" line="65"/>
        <source>The DejaVu Sans fonts the documents are written in were not found ({name}): reinstall deskapp.</source>
        <translation>Non si trovano i caratteri DejaVu Sans con cui si scrivono i documenti ({name}): reinstalla deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sectors.py" line="42"/>
        <source>{code} is not a code of the ATECO, NAF or NACE lists (e.g. 25.62, 25.62.00 or 25.62A)</source>
        <translation>{code} non è un codice degli elenchi ATECO, NAF o NACE (ad es. 25.62, 25.62.00 o 25.62A)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="28"/>
        <source>No person with number {id} exists.</source>
        <translation>Non esiste alcuna persona con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="29"/>
        <source>No project with number {id} exists.</source>
        <translation>Non esiste alcun progetto con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="30"/>
        <source>No activity with number {id} exists.</source>
        <translation>Non esiste alcuna attività con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="31"/>
        <source>No operator with number {id} exists.</source>
        <translation>Non esiste alcun operatore con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="32"/>
        <source>No desk with number {id} exists.</source>
        <translation>Non esiste alcuno sportello con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="33"/>
        <source>No skill with number {id} exists.</source>
        <translation>Non esiste alcuna competenza con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="34"/>
        <source>No resource with number {id} exists.</source>
        <translation>Non esiste alcuna risorsa con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="35"/>
        <source>No project membership with number {id} exists.</source>
        <translation>Non esiste alcuna adesione a un progetto con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="38"/>
        <source>No business plan version with number {id} exists.</source>
        <translation>Non esiste alcuna versione del piano d&apos;impresa con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="41"/>
        <source>No funding instrument with number {id} exists.</source>
        <translation>Non esiste alcuno strumento di finanziamento con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="48"/>
        <source>No record with number {id} exists.</source>
        <translation>Non esiste alcuna scheda con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="163"/>
        <source>Unknown sync command.</source>
        <translation>Comando sync sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="236"/>
        <source>--fingerprint goes with --encrypt-to FILE (the sealing key&apos;s file).</source>
        <translation>--fingerprint va con --encrypt-to FILE (il file della chiave di cifratura).</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="246"/>
        <source>The first time a sealing key is used, give its fingerprint too (--fingerprint XXXX, as the coordinator reads it out by phone): nothing was written.</source>
        <translation>La prima volta che si usa una chiave di cifratura, indicare anche la sua impronta (--fingerprint XXXX, come la legge il coordinamento al telefono): non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="282"/>
        <source>{path} is too large to be a key file.</source>
        <translation>{path} è troppo grande per essere un file di chiave.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="299"/>
        <source>No bundle files (*.deskbundle) in {folder}.</source>
        <translation>Nessun file di pacchetto (*.deskbundle) in {folder}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="356"/>
        <source>--new writes the programme key to -o FILE.</source>
        <translation>--new scrive la chiave di programma in -o FILE.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="372"/>
        <source>Give the programme key&apos;s FILE (at a desk), or --new -o FILE.</source>
        <translation>Indica il FILE della chiave di programma (allo sportello), oppure --new -o FILE.</translation>
    </message>
    <message>
        <location filename="../../deskapp/cli/sync_commands.py" line="391"/>
        <source>Say which value to keep: --keep local or incoming.</source>
        <translation>Indica quale valore tenere: --keep local oppure incoming.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="204"/>
        <source>The folder {folder} does not exist: choose where the new file goes.</source>
        <translation>La cartella {folder} non esiste: scegli dove mettere il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="211"/>
        <source>{path} exists and is not empty: the copy makes a new database file. Choose a new file name, or move that file aside. Nothing was written.</source>
        <translation>{path} esiste e non è vuoto: la copia crea un nuovo file di database. Scegli un nuovo nome di file, o sposta altrove quel file. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="293"/>
        <source>{path} holds tables deskapp does not make ({tables}): the copy would leave them behind. Move their data elsewhere and drop them, or copy the file with &apos;deskapp db backup&apos;. Nothing was written.</source>
        <translation>{path} contiene tabelle che deskapp non crea ({tables}): la copia le lascerebbe indietro. Sposta i loro dati altrove ed eliminale, oppure copia il file con &apos;deskapp db backup&apos;. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="313"/>
        <source>The copy of {path} did not read every row (table, rows read/rows held: {tables}): it was stopped. Nothing was written; &apos;deskapp db check&apos; on the source may say why.</source>
        <translation>La copia di {path} non ha letto tutte le righe (tabella, righe lette/righe presenti: {tables}): è stata interrotta. Non è stato scritto nulla; &apos;deskapp db check&apos; sull&apos;origine può dire perché.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="336"/>
        <source>The disk of {target} filled during the copy: nothing of it was kept. Free some space, then copy again.</source>
        <translation>Il disco di {target} si è riempito durante la copia: non ne è stato tenuto nulla. Libera un po&apos; di spazio, poi copia di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="347"/>
        <source>the connection to a database broke, or it stopped ({code})</source>
        <translation>la connessione a un database si è interrotta, oppure il database si è fermato ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="350"/>
        <source>a disk filled ({code})</source>
        <translation>un disco si è riempito ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="351"/>
        <source>the database&apos;s role lacks a right it needs ({code})</source>
        <translation>al ruolo del database manca un permesso necessario ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="352"/>
        <source>a row broke a rule of the database ({code})</source>
        <translation>una riga ha violato una regola del database ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="353"/>
        <source>a value could not be read or written ({code})</source>
        <translation>un valore non si è potuto leggere o scrivere ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="354"/>
        <source>the database could not do what was asked ({code}; its log says more)</source>
        <translation>il database non ha potuto fare quanto richiesto ({code}; il suo log dice di più)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="495"/>
        <source>refers to a row that does not exist (the database&apos;s rule {name})</source>
        <translation>rimanda a una riga che non esiste (la regola {name} del database)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="498"/>
        <source>repeats a value that must be unique (the database&apos;s rule {name})</source>
        <translation>ripete un valore che deve essere unico (la regola {name} del database)</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="501"/>
        <source>breaks the database&apos;s rule {name}</source>
        <translation>viola la regola {name} del database</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="502"/>
        <source>leaves empty a column that must be filled ({name})</source>
        <translation>lascia vuota una colonna che va compilata ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="503"/>
        <source>holds a text too long for its column</source>
        <translation>contiene un testo troppo lungo per la sua colonna</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="504"/>
        <source>was refused by the target database ({name})</source>
        <translation>è stata rifiutata dal database di destinazione ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="520"/>
        <source>{path} is at schema {revision}, and this version of deskapp copies schema {head}: bring it up to date with &apos;deskapp db upgrade&apos; first. Nothing was written.</source>
        <translation>{path} è allo schema {revision}, e questa versione di deskapp copia lo schema {head}: aggiornalo prima con &apos;deskapp db upgrade&apos;. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="540"/>
        <source>The audit trail of {path} does not agree with its anchor (below): &apos;deskapp db check&apos; says more. Nothing was written.</source>
        <translation>Il registro delle operazioni di {path} non concorda con il suo punto di controllo (sotto): &apos;deskapp db check&apos; dice di più. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="571"/>
        <source>The register of erasures beside {path} lists people who are not anonymised in it (ids {ids}): erase them again (&apos;deskapp gdpr erase --person ID --yes&apos;), then copy. Nothing was written.</source>
        <translation>Il registro delle cancellazioni accanto a {path} elenca persone che nel file non sono anonimizzate (id {ids}): cancellale di nuovo (&apos;deskapp gdpr erase --person ID --yes&apos;), poi copia. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="604"/>
        <source>The audit trail of {path} does not verify (below): &apos;deskapp db check&apos; says more. Nothing was written.</source>
        <translation>Il registro delle operazioni di {path} non risulta integro (sotto): &apos;deskapp db check&apos; dice di più. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="647"/>
        <source>the copy is made, but the server&apos;s statistics could not be gathered ({code}): searches may be slow until the server gathers them itself, or its administrator runs ANALYZE</source>
        <translation>la copia è fatta, ma non è stato possibile raccogliere le statistiche del server ({code}): le ricerche possono essere lente finché il server non le raccoglie da sé, o il suo amministratore non esegue ANALYZE</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/copy.py" line="652"/>
        <source>the copy is made, but it could not be noted in the audit trail of {source} ({code})</source>
        <translation>la copia è fatta, ma non è stato possibile annotarla nel registro delle operazioni di {source} ({code})</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="38"/>
        <source>The copy to {target} failed while copying the table {table}: {reason}. Nothing was written.</source>
        <translation>La copia verso {target} non è riuscita durante la copia della tabella {table}: {reason}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="60"/>
        <source>table {table}, row {row}, column {column}: {reason}</source>
        <translation>tabella {table}, riga {row}, colonna {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="61"/>
        <source>... and {count} more values that cannot be written</source>
        <translation>... e altri {count} valori che non si possono scrivere</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="62"/>
        <source>table {table}, row {row}: {reason}</source>
        <translation>tabella {table}, riga {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/errors.py" line="74"/>
        <source>The copy to {target} was stopped: the source holds values that cannot be written there. Nothing was written; correct them in the source database, then copy again.</source>
        <translation>La copia verso {target} è stata fermata: l&apos;origine contiene valori che lì non si possono scrivere. Non è stato scritto nulla; correggili nel database di origine, poi copia di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="55"/>
        <source>holds a NUL character (code 0), which PostgreSQL does not accept in text</source>
        <translation>contiene un carattere NUL (codice 0), che PostgreSQL non accetta nel testo</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="58"/>
        <source>is longer than the {length} characters the column holds</source>
        <translation>è più lungo dei {length} caratteri che la colonna contiene</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="59"/>
        <source>holds something other than text</source>
        <translation>contiene qualcosa che non è testo</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="60"/>
        <source>holds something other than a whole number</source>
        <translation>contiene qualcosa che non è un numero intero</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="61"/>
        <source>holds a number too large for the column</source>
        <translation>contiene un numero troppo grande per la colonna</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="62"/>
        <source>holds something other than a number</source>
        <translation>contiene qualcosa che non è un numero</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="63"/>
        <source>holds something other than yes or no</source>
        <translation>contiene qualcosa che non è sì o no</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="64"/>
        <source>holds something other than a date</source>
        <translation>contiene qualcosa che non è una data</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="65"/>
        <source>holds something other than a date and time</source>
        <translation>contiene qualcosa che non è una data con ora</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="66"/>
        <source>is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/plan.py" line="67"/>
        <source>holds a value that cannot be read as the column&apos;s kind</source>
        <translation>contiene un valore che non si può leggere come il tipo della colonna</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="45"/>
        <source>{target} is not empty: it holds tables deskapp does not make ({tables}). Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} non è vuoto: contiene tabelle che deskapp non crea ({tables}). Copia in un database nuovo e vuoto. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="61"/>
        <source>{target} is not empty: it holds a deskapp database with rows (table and rows: {tables}). Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} non è vuoto: contiene un database deskapp con dati (tabella e righe: {tables}). Copia in un database nuovo e vuoto. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/dbcopy/target.py" line="75"/>
        <source>{target} is not empty: it holds the tables of a deskapp database without rows, at schema {revision} where this version copies into {head}. Copy into a new, empty database. Nothing was written.</source>
        <translation>{target} non è vuoto: contiene le tabelle di un database deskapp senza dati, allo schema {revision}, mentre questa versione copia nello schema {head}. Copia in un database nuovo e vuoto. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="28"/>
        <source>The connection to the database server {server} was lost. What you typed is kept. deskapp connects again at your next action, or press Reconnect.</source>
        <translation>La connessione al server del database {server} si è interrotta. Quello che hai scritto è conservato. deskapp si ricollega alla tua prossima azione, oppure premi Ricollega.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="33"/>
        <source>The connection to the database server {server} was lost: nothing of this save was written, and what you typed is kept. Save again once the server answers (deskapp connects again at your next action, or press Reconnect).</source>
        <translation>La connessione al server del database {server} si è interrotta: niente di questo salvataggio è stato scritto, e quello che hai scritto è conservato. Salva di nuovo quando il server risponde (deskapp si ricollega alla tua prossima azione, oppure premi Ricollega).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="39"/>
        <source>The connection to the database server {server} was lost while it was saving: whether the save arrived is checked as soon as the server answers. Keep the record open and press Reconnect; do not save it again before.</source>
        <translation>La connessione al server del database {server} si è interrotta mentre salvava: se il salvataggio è arrivato si verifica appena il server risponde. Tieni aperta la scheda e premi Ricollega; non salvarla di nuovo prima.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="45"/>
        <source>The save tried when the connection was lost had reached the server after all, so this one was not made, not to write it twice. Close the record and open it again to see what was saved.</source>
        <translation>Il salvataggio tentato quando la connessione si è interrotta era comunque arrivato al server, quindi questo non è stato fatto, per non scrivere due volte. Chiudi la scheda e riaprila per vedere cosa è stato salvato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/connection_loss.py" line="51"/>
        <source>The database server {server} asks for a password, and none was found in PGPASSWORD or ~/.pgpass.</source>
        <translation>Il server del database {server} chiede una password, e non ne è stata trovata nessuna in PGPASSWORD o in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="82"/>
        <source>It is a member of {through}, so it can act as that role (SET ROLE): the server&apos;s administrator runs {fix}.</source>
        <translation>È membro di {through}, quindi può agire come quel ruolo (SET ROLE): l&apos;amministratore del server esegue {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="87"/>
        <source>It owns the database {through}, and with it the schema: the server&apos;s administrator runs {fix}.</source>
        <translation>È proprietario del database {through}, e con esso dello schema: l&apos;amministratore del server esegue {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="92"/>
        <source>It may create roles, and so grant itself others: the server&apos;s administrator runs {fix}.</source>
        <translation>Può creare ruoli, e quindi concedersene altri: l&apos;amministratore del server esegue {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="96"/>
        <source>It bypasses row-level security: the server&apos;s administrator runs {fix}.</source>
        <translation>Aggira la sicurezza a livello di riga: l&apos;amministratore del server esegue {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="99"/>
        <source>It may create schemas in the database {through}: the server&apos;s administrator runs {fix}.</source>
        <translation>Può creare schemi nel database {through}: l&apos;amministratore del server esegue {fix}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="144"/>
        <source>Roles exist on a PostgreSQL server only: a database file is protected by the permissions of the file itself.</source>
        <translation>I ruoli esistono solo su un server PostgreSQL: un file di database è protetto dai permessi del file stesso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="269"/>
        <source>&apos;{role}&apos; is not a role name: up to 63 characters, no control characters.</source>
        <translation>&apos;{role}&apos; non è un nome di ruolo: al massimo 63 caratteri, nessun carattere di controllo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="280"/>
        <source>There is no role &apos;{role}&apos; on this server: its administrator creates it first (createuser --pwprompt {role}).</source>
        <translation>Su questo server non esiste il ruolo &apos;{role}&apos;: lo crea prima il suo amministratore (createuser --pwprompt {role}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="289"/>
        <source>&apos;{role}&apos; is a superuser: no grant can keep it from changing the schema or the audit trail. Give the desks a role without superuser rights.</source>
        <translation>&apos;{role}&apos; è un superutente: nessun permesso può impedirgli di modificare lo schema o il registro delle operazioni. Dai agli sportelli un ruolo senza diritti di superutente.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="299"/>
        <source>This database holds no deskapp schema yet: run &apos;deskapp init&apos; first.</source>
        <translation>Questo database non contiene ancora uno schema deskapp: esegui prima &apos;deskapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="305"/>
        <source>&apos;{role}&apos; owns the schema: it can always change it. The desks connect as another role; grant that one.</source>
        <translation>&apos;{role}&apos; è il proprietario dello schema: può sempre modificarlo. Gli sportelli si collegano con un altro ruolo; concedi i permessi a quello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="316"/>
        <source>Only the schema&apos;s owner ({owner}) can grant rights on it; connected as {user}. Run this command with the owner&apos;s address.</source>
        <translation>Solo il proprietario dello schema ({owner}) può concedere permessi su di esso; collegato come {user}. Esegui questo comando con l&apos;indirizzo del proprietario.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="327"/>
        <source>&apos;{role}&apos; can reach past the rights deskapp grants, and no grant can narrow that. Once the server&apos;s administrator has changed it, run &apos;deskapp db grant --role {role}&apos; again.</source>
        <translation>&apos;{role}&apos; può andare oltre i permessi che deskapp concede, e nessun permesso può restringerlo. Quando l&apos;amministratore del server lo avrà cambiato, esegui di nuovo &apos;deskapp db grant --role {role}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/sql/roles.py" line="495"/>
        <source>The database at {path} has schema {revision}; this version of deskapp needs {expected}. The desks&apos; role cannot change the schema: the database&apos;s owner runs &apos;deskapp db upgrade&apos; with the owner&apos;s address, then deskapp opens it.</source>
        <translation>Il database in {path} ha lo schema {revision}; questa versione di deskapp richiede {expected}. Il ruolo degli sportelli non può modificare lo schema: il proprietario del database esegue &apos;deskapp db upgrade&apos; con l&apos;indirizzo del proprietario, poi deskapp lo apre.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/consents.py" line="29"/>
        <source>this consent was withdrawn already</source>
        <translation>questo consenso è già stato revocato</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="43"/>
        <source>Person no. {id} has no consent in force to be proposed to employers and projects: record that consent first (or they withdrew it).</source>
        <translation>La persona n. {id} non ha un consenso valido a essere proposta a datori di lavoro e progetti: registra prima quel consenso (oppure lo ha revocato).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="48"/>
        <source>Person no. {id} was anonymised: they cannot be proposed.</source>
        <translation>La persona n. {id} è stata anonimizzata: non può essere proposta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="49"/>
        <source>Every post is filled already: there is none left for this hire.</source>
        <translation>Tutti i posti sono già coperti: non ne resta nessuno per questa assunzione.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/matches.py" line="52"/>
        <source>Person no. {id} is recorded as hired here already.</source>
        <translation>La persona n. {id} risulta già assunta qui.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="89"/>
        <source>you may not add organisations to {name}</source>
        <translation>non puoi aggiungere organizzazioni a {name}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="90"/>
        <source>no supply chain has the code &apos;{code}&apos;</source>
        <translation>nessuna filiera ha il codice &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="92"/>
        <source>already in the registry as organisation no. {id}</source>
        <translation>già in anagrafica come organizzazione n. {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="93"/>
        <source>a line with only a contact adds a contact to the organisation on the line above, and there is none</source>
        <translation>una riga con il solo contatto aggiunge un contatto all&apos;organizzazione della riga sopra, e qui non ce n&apos;è</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="98"/>
        <source>no organisation is called &apos;{name}&apos;</source>
        <translation>nessuna organizzazione si chiama &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="99"/>
        <source>no organisation has the company number {number}</source>
        <translation>nessuna organizzazione ha la partita IVA o il numero d&apos;impresa {number}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="100"/>
        <source>{count} organisations are called &apos;{name}&apos;: give the company number</source>
        <translation>{count} organizzazioni si chiamano &apos;{name}&apos;: indica la partita IVA o il numero d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="103"/>
        <source>you may not add openings to {name}, of another desk</source>
        <translation>non puoi aggiungere offerte di lavoro a {name}, di un altro sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="106"/>
        <source>name the organisation, or give its company number, on each line</source>
        <translation>indica l&apos;organizzazione, o la sua partita IVA o il suo numero d&apos;impresa, su ogni riga</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="109"/>
        <source>The file {name} has column names but no rows of openings below them.</source>
        <translation>Il file {name} ha i nomi delle colonne ma sotto nessuna riga di offerte di lavoro.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/network_files.py" line="112"/>
        <source>The file {name} has column names but no rows of organisations below them.</source>
        <translation>Il file {name} ha i nomi delle colonne ma nessuna riga di organizzazioni sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/openings.py" line="27"/>
        <location filename="../../deskapp/services/records.py" line="45"/>
        <source>No opening with number {id} exists.</source>
        <translation>Non esiste nessuna offerta di lavoro con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/openings.py" line="28"/>
        <location filename="../../deskapp/services/records.py" line="46"/>
        <source>No project role with number {id} exists.</source>
        <translation>Non esiste nessun ruolo di progetto con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="46"/>
        <source>already belongs to organisation no. {id} ({name})</source>
        <translation>appartiene già all&apos;organizzazione n. {id} ({name})</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="47"/>
        <location filename="../../deskapp/services/records.py" line="44"/>
        <source>No organisation with number {id} exists.</source>
        <translation>Non esiste nessuna organizzazione con numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="48"/>
        <source>no supply chain has number {id}</source>
        <translation>nessuna filiera ha il numero {id}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="152"/>
        <source>another supply chain has this code</source>
        <translation>un&apos;altra filiera ha questo codice</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisations.py" line="485"/>
        <source>is this organisation itself</source>
        <translation>è questa stessa organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="125"/>
        <source>No bundle file at {path}.</source>
        <translation>Nessun pacchetto in {path}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="185"/>
        <source>Bundle {number} of &apos;{desk}&apos; was taken in already, and this one differs from it (replayed, or the desk&apos;s database was put back from a backup): nothing was taken in.</source>
        <translation>Il pacchetto {number} di &apos;{desk}&apos; è già stato acquisito, e questo è diverso (riproposto, o il database dello sportello è stato ripristinato da una copia): non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="226"/>
        <source>The bundle was made with a newer database schema ({schema}) than this deskapp knows ({ours}): install the newer version here, then take it in. Nothing was taken in.</source>
        <translation>Il pacchetto è stato creato con uno schema del database più recente ({schema}) di quello che questo deskapp conosce ({ours}): installa qui la versione più recente, poi acquisiscilo. Non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="288"/>
        <source>Another bundle {number} of &apos;{desk}&apos; is held already, and this one differs from it: nothing was taken in.</source>
        <translation>Un altro pacchetto {number} di &apos;{desk}&apos; è già in attesa, e questo è diverso: non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="323"/>
        <source>Bundle {number} of &apos;{desk}&apos; does not follow the last bundle taken in from that desk (it names another one before it): nothing was taken in.</source>
        <translation>Il pacchetto {number} di &apos;{desk}&apos; non segue l&apos;ultimo pacchetto acquisito da quello sportello (ne indica un altro come precedente): non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="363"/>
        <source>The audit trail in the bundle of &apos;{desk}&apos; does not verify (an event changed, missing, or not continuing the events taken in before): nothing was taken in.</source>
        <translation>Il registro delle operazioni nel pacchetto di &apos;{desk}&apos; non risulta integro (un evento modificato, mancante, o che non continua gli eventi già acquisiti): non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="600"/>
        <source>The bundle names a supply chain this database does not have (code &apos;{code}&apos;): an organisation of the desk is in a chain that is not one of the programme&apos;s. Nothing was taken in.</source>
        <translation>Il pacchetto nomina una filiera che questa base dati non ha (codice &apos;{code}&apos;): un&apos;organizzazione dello sportello è in una filiera che non è tra quelle del programma. Non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="663"/>
        <source>The bundle refers to a record that was never received ({entity} {gid}): nothing was taken in. Take in the desk&apos;s earlier bundles first.</source>
        <translation>Il pacchetto si riferisce a una scheda mai ricevuta ({entity} {gid}): non è stato acquisito nulla. Acquisisci prima i pacchetti precedenti dello sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/apply.py" line="524"/>
        <location filename="../../deskapp/sync/codec.py" line="152"/>
        <source>The bundle holds a value deskapp cannot read ({entity}, field {field}): nothing was taken in.</source>
        <translation>Il pacchetto contiene un valore che deskapp non sa leggere ({entity}, campo {field}): non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="78"/>
        <source>This file is not a deskapp bundle, or it is damaged or cut short (truncated): nothing was taken in. Ask the desk to send it again.</source>
        <translation>Questo file non è un pacchetto deskapp, oppure è danneggiato o incompleto (troncato): non è stato acquisito nulla. Chiedi allo sportello di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="88"/>
        <source>The bundle&apos;s signature does not match its content: it was changed after the desk made it (tampered), or made with another key. Nothing was taken in.</source>
        <translation>La firma del pacchetto non corrisponde al suo contenuto: è stato modificato dopo che lo sportello lo ha creato (manomesso), oppure firmato con un&apos;altra chiave. Non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="98"/>
        <source>The bundle comes from a desk whose key is not trusted here (desk id {node}): nothing was taken in. Get the desk&apos;s key, compare its fingerprint with the desk by phone, then run &apos;deskapp sync trust&apos;.</source>
        <translation>Il pacchetto viene da uno sportello la cui chiave qui non è accettata (id sportello {node}): non è stato acquisito nulla. Procurati la chiave dello sportello, confronta l&apos;impronta con lo sportello per telefono, poi esegui &apos;deskapp sync trust&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="111"/>
        <source>This is the coordinator&apos;s catalogue bundle: a desk applies it with &apos;deskapp sync apply-catalogue&apos;. Nothing was taken in.</source>
        <translation>Questo è il pacchetto del catalogo del coordinamento: uno sportello lo applica con &apos;deskapp sync apply-catalogue&apos;. Non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="118"/>
        <source>This is a desk&apos;s bundle, not the coordinator&apos;s catalogue: the coordinator takes it in with &apos;deskapp sync import&apos;. Nothing was changed.</source>
        <translation>Questo è un pacchetto di uno sportello, non il catalogo del coordinamento: il coordinamento lo acquisisce con &apos;deskapp sync import&apos;. Non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/bundle.py" line="142"/>
        <source>The bundle was made by a newer version of deskapp (bundle format {version}): install the newer version here to take it in.</source>
        <translation>Il pacchetto è stato creato da una versione più recente di deskapp (formato {version}): installa qui la versione più recente per acquisirlo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="130"/>
        <source>Choose &apos;local&apos; (the value here) or &apos;incoming&apos; (the desk&apos;s).</source>
        <translation>Scegli &apos;local&apos; (il valore qui) o &apos;incoming&apos; (quello dello sportello).</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="138"/>
        <source>No conflict number {id}.</source>
        <translation>Nessun conflitto numero {id}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="142"/>
        <source>Conflict {id} was decided already.</source>
        <translation>Il conflitto {id} è già stato deciso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/conflicts.py" line="149"/>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>La scheda del conflitto {id} non è più qui.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/export.py" line="84"/>
        <source>A pseudonymous bundle needs the programme key (people are counted once by a keyed hash of their tax code): ask the coordinator for it, then run &apos;deskapp sync programme-key FILE&apos;.</source>
        <translation>Un pacchetto pseudonimo richiede la chiave di programma (le persone sono contate una volta sola con un hash con chiave del codice fiscale): chiedila al coordinamento, poi esegui &apos;deskapp sync programme-key FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/identity.py" line="119"/>
        <source>This is not a desk key: a desk key is one line starting with &apos;deskapp-key:1:&apos;, as &apos;deskapp sync key&apos; shows it or writes it to a file.</source>
        <translation>Questa non è una chiave di sportello: una chiave di sportello è una riga che inizia con &apos;deskapp-key:1:&apos;, come la mostra o la scrive in un file &apos;deskapp sync key&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="66"/>
        <source>Give the desk a name (at most 120 characters) with --desk.</source>
        <translation>Dai un nome allo sportello (al massimo 120 caratteri) con --desk.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="70"/>
        <source>The fingerprint does not match this key: nothing was trusted. Ask the desk to read out the fingerprint &apos;deskapp sync key&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;impronta non corrisponde a questa chiave: nessuna chiave è stata accettata. Chiedi allo sportello di leggerti l&apos;impronta che lì mostra &apos;deskapp sync key&apos;, e controlla che il file della chiave sia il suo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="81"/>
        <source>This is this database&apos;s own key, not a desk&apos;s.</source>
        <translation>Questa è la chiave di questo database, non di uno sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="87"/>
        <source>The desk &apos;{name}&apos; is trusted already with another key: a desk&apos;s key is accepted once. Nothing was changed.</source>
        <translation>Lo sportello &apos;{name}&apos; è già accettato con un&apos;altra chiave: la chiave di uno sportello si accetta una volta sola. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="98"/>
        <source>Another desk is trusted under the name &apos;{name}&apos;: choose another.</source>
        <translation>Un altro sportello è accettato con il nome &apos;{name}&apos;: scegline un altro.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="120"/>
        <source>This is not a programme key: it is one line starting with &apos;deskapp-programme-key:1:&apos;, as the coordinator&apos;s &apos;deskapp sync programme-key --new&apos; writes it.</source>
        <translation>Questa non è una chiave di programma: è una riga che inizia con &apos;deskapp-programme-key:1:&apos;, come la scrive &apos;deskapp sync programme-key --new&apos; del coordinamento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="151"/>
        <source>This database has a programme key already (fingerprint {fingerprint}): the desks&apos; pseudonymous bundles are keyed with it.</source>
        <translation>Questo database ha già una chiave di programma (impronta {fingerprint}): gli pseudonimi nei pacchetti degli sportelli sono calcolati con essa.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/keys.py" line="171"/>
        <source>This database has another programme key already (fingerprint {fingerprint}): nothing was changed.</source>
        <translation>Questo database ha già un&apos;altra chiave di programma (impronta {fingerprint}): non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/linking.py" line="318"/>
        <source>Give two different people&apos;s numbers.</source>
        <translation>Indica i numeri di due persone diverse.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/linking.py" line="323"/>
        <source>People {first} and {second} were not merged: nothing to undo.</source>
        <translation>Le persone {first} e {second} non erano unite: niente da annullare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="91"/>
        <source>{tool} is not installed on this PC: back up and restore a server&apos;s registry where PostgreSQL&apos;s tools are (the package postgresql-client), or leave it to the server&apos;s administrator. Nothing was done.</source>
        <translation>{tool} non è installato su questo PC: salva e ripristina il registro di un server dove ci sono gli strumenti di PostgreSQL (il pacchetto postgresql-client), oppure lascialo fare all&apos;amministratore del server. Non è stato fatto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="112"/>
        <source>The server refused the password: give it in PGPASSWORD or ~/.pgpass, or type it when {tool} asks. Nothing was done.</source>
        <translation>Il server ha rifiutato la password: indicala in PGPASSWORD o in ~/.pgpass, oppure digitala quando {tool} la chiede. Non è stato fatto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="118"/>
        <source>{tool} stopped with status {status}: nothing was kept. The server&apos;s log says why.</source>
        <translation>{tool} si è fermato con lo stato {status}: non è stato tenuto nulla. Il log del server dice perché.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="132"/>
        <source>{path} exists already: choose a new name.</source>
        <translation>{path} esiste già: scegli un nuovo nome.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/server_backup.py" line="153"/>
        <source>{path} is not a file.</source>
        <translation>{path} non è un file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="198"/>
        <source>Give the coordinator a name (at most 120 characters) with --coordinator.</source>
        <translation>Dai un nome al coordinamento (al massimo 120 caratteri) con --coordinator.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="204"/>
        <source>The fingerprint does not match this key: nothing was trusted. Ask the coordinator to read out the fingerprint &apos;deskapp sync key&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;impronta non corrisponde a questa chiave: non è stato accettato nulla. Chiedi al coordinamento di leggerti l&apos;impronta che &apos;deskapp sync key&apos; mostra lì, e controlla che il file della chiave sia il suo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="215"/>
        <source>This is this database&apos;s own key, not the coordinator&apos;s.</source>
        <translation>Questa è la chiave di questo stesso database, non quella del coordinamento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="223"/>
        <source>This database trusts the coordinator &apos;{name}&apos; already, with another key: a coordinator&apos;s key is accepted once. Nothing was changed.</source>
        <translation>Questo database accetta già il coordinamento &apos;{name}&apos;, con un&apos;altra chiave: la chiave di un coordinamento si accetta una volta sola. Non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="233"/>
        <source>&apos;{name}&apos; is trusted already with another key: a key is accepted once. Nothing was changed.</source>
        <translation>&apos;{name}&apos; è già accettato con un&apos;altra chiave: una chiave si accetta una volta sola. Non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="246"/>
        <source>Another key is trusted under the name &apos;{name}&apos;: choose another.</source>
        <translation>Un&apos;altra chiave è già accettata con il nome &apos;{name}&apos;: scegline un altro.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="293"/>
        <source>The catalogue bundle is signed with a key not trusted here as the coordinator&apos;s: nothing was changed. Get the coordinator&apos;s key, compare its fingerprint by phone, then run &apos;deskapp sync trust KEY --coordinator NAME --fingerprint ...&apos;.</source>
        <translation>Il pacchetto del catalogo è firmato con una chiave non accettata qui come quella del coordinamento: non è cambiato nulla. Fatti dare la chiave del coordinamento, confronta l&apos;impronta al telefono, poi esegui &apos;deskapp sync trust CHIAVE --coordinator NOME --fingerprint ...&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="326"/>
        <source>Entry {position} of the catalogue bundle is not valid here: nothing was changed. Ask the coordinator to correct it and publish again.</source>
        <translation>La voce {position} del pacchetto del catalogo non è valida: non è cambiato nulla. Chiedi al coordinamento di correggerla e pubblicare di nuovo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="399"/>
        <source>Catalogue bundle {number} of &apos;{coordinator}&apos; is older than the one applied here ({last}), or a replay of it: nothing was changed.</source>
        <translation>Il pacchetto del catalogo {number} di &apos;{coordinator}&apos; è più vecchio di quello applicato qui ({last}), o ne è una ripetizione: non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/catalogue.py" line="410"/>
        <source>Catalogue bundle {number} of &apos;{coordinator}&apos; does not follow the one applied here (the coordinator&apos;s database was put back from a backup?): nothing was changed.</source>
        <translation>Il pacchetto del catalogo {number} di &apos;{coordinator}&apos; non segue quello applicato qui (il database del coordinamento è stato ripristinato da una copia di sicurezza?): non è cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/pipeline.py" line="156"/>
        <source>The bundle file {path} cannot be read (no permission, or a disk error): nothing was taken in.</source>
        <translation>Il file di pacchetto {path} non si può leggere (permessi mancanti o errore del disco): non è stato acquisito nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="110"/>
        <source>This is not a coordinator&apos;s sealing key: it is one line starting with &apos;deskapp-seal:1:&apos;, as &apos;deskapp sync key --sealing&apos; shows it or writes it to a file.</source>
        <translation>Questa non è una chiave di cifratura del coordinamento: è una riga che inizia con &apos;deskapp-seal:1:&apos;, come la mostra o la scrive in un file &apos;deskapp sync key --sealing&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="139"/>
        <source>The fingerprint does not match this sealing key: nothing was kept and nothing written. Ask the coordinator to read out the fingerprint &apos;deskapp sync key --sealing&apos; shows there, and check that the key file is theirs.</source>
        <translation>L&apos;impronta non corrisponde a questa chiave di cifratura: non è stato conservato né scritto nulla. Chiedere al coordinamento di leggere l&apos;impronta che &apos;deskapp sync key --sealing&apos; mostra lì, e verificare che il file della chiave sia il suo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="150"/>
        <source>This is this database&apos;s own sealing key, not the coordinator&apos;s.</source>
        <translation>Questa è la chiave di cifratura di questo database, non quella del coordinamento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="158"/>
        <source>Another sealing key of the same coordinator is kept here already: a key is accepted once. Nothing was written.</source>
        <translation>Qui è già conservata un&apos;altra chiave di cifratura dello stesso coordinamento: una chiave si accetta una volta sola. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="184"/>
        <source>No sealing key with this fingerprint is kept here: give the coordinator&apos;s sealing key file once with --encrypt-to FILE --fingerprint XXXX. Nothing was written.</source>
        <translation>Nessuna chiave di cifratura con questa impronta è conservata qui: indicare una volta il file della chiave di cifratura del coordinamento con --encrypt-to FILE --fingerprint XXXX. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="217"/>
        <source>This bundle is encrypted to another key (key {key}), not to this database&apos;s sealing key: it cannot be opened here, and nothing was taken in. Check that the desk was given this database&apos;s sealing key.</source>
        <translation>Questo pacchetto è cifrato per un&apos;altra chiave (chiave {key}), non per la chiave di cifratura di questo database: non si può aprire qui e non è stato acquisito nulla. Verificare che allo sportello sia stata data la chiave di cifratura di questo database.</translation>
    </message>
    <message>
        <location filename="../../deskapp/sync/sealing.py" line="229"/>
        <source>The encrypted bundle does not open: it was changed or damaged after the desk made it. Nothing was taken in. Ask the desk to send it again.</source>
        <translation>Il pacchetto cifrato non si apre: è stato modificato o danneggiato dopo che lo sportello lo ha creato. Non è stato acquisito nulla. Chiedere allo sportello di inviarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="168"/>
        <location filename="../../deskapp/models/schemas.py" line="232"/>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="169"/>
        <location filename="../../deskapp/models/schemas.py" line="234"/>
        <source>Long-term unemployed</source>
        <translation>Disoccupato/a di lunga durata</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="170"/>
        <location filename="../../deskapp/models/schemas.py" line="236"/>
        <source>Ex-detainee</source>
        <translation>Ex detenuto/a</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="171"/>
        <location filename="../../deskapp/models/schemas.py" line="237"/>
        <source>Addiction</source>
        <translation>Dipendenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="172"/>
        <location filename="../../deskapp/models/schemas.py" line="239"/>
        <source>Migrant background</source>
        <translation>Background migratorio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="173"/>
        <location filename="../../deskapp/models/schemas.py" line="242"/>
        <source>Other disadvantage</source>
        <translation>Altro svantaggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="132"/>
        <source>Desk name</source>
        <translation>Nome dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="46"/>
        <source>Kind of organisation</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="49"/>
        <source>Supply chain</source>
        <translation>Filiera</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="52"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="53"/>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="54"/>
        <source>What they seek</source>
        <translation>Cosa cercano</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="56"/>
        <source>Company number (partita IVA, SIREN, SIRET)</source>
        <translation>Partita IVA (o SIREN, SIRET)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="60"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="62"/>
        <location filename="../../deskapp/models/network_schemas.py" line="216"/>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="99"/>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="116"/>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="117"/>
        <location filename="../../deskapp/models/schemas.py" line="133"/>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="119"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="149"/>
        <source>Skills wanted</source>
        <translation>Competenze richieste</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="150"/>
        <source>Level wanted</source>
        <translation>Livello richiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="151"/>
        <source>Posts</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="152"/>
        <source>Posts filled</source>
        <translation>Posti coperti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="164"/>
        <source>Place of work</source>
        <translation>Luogo di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="165"/>
        <source>Starts on</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="166"/>
        <source>Open until</source>
        <translation>Aperta fino al</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="167"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="186"/>
        <source>Opening</source>
        <translation>Offerta di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="187"/>
        <source>Project role</source>
        <translation>Ruolo di progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="211"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="212"/>
        <source>Name in Italian</source>
        <translation>Nome in italiano</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="213"/>
        <source>Name in French</source>
        <translation>Nome in francese</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="214"/>
        <source>Name in English</source>
        <translation>Nome in inglese</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="215"/>
        <source>NACE codes</source>
        <translation>Codici NACE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="134"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="50"/>
        <location filename="../../deskapp/models/schemas.py" line="135"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="136"/>
        <location filename="../../deskapp/models/schemas.py" line="203"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="137"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="141"/>
        <source>Operator name</source>
        <translation>Nome dell&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="39"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="83"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="88"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="40"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="53"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="60"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="43"/>
        <source>Useful life (years)</source>
        <translation>Vita utile (anni)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="45"/>
        <source>Plan year</source>
        <translation>Anno del piano</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="51"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="52"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="59"/>
        <source>Lender</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="61"/>
        <source>Annual rate (%)</source>
        <translation>Tasso annuo (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="62"/>
        <source>Repayment years</source>
        <translation>Anni di rimborso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="63"/>
        <source>Grace years</source>
        <translation>Anni di preammortamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="68"/>
        <source>Product or service</source>
        <translation>Prodotto o servizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="69"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="70"/>
        <source>Quantity in year 1</source>
        <translation>Quantità nel 1° anno</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="72"/>
        <source>Yearly growth (%)</source>
        <translation>Crescita annua (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="100"/>
        <location filename="../../deskapp/models/network_schemas.py" line="148"/>
        <location filename="../../deskapp/models/plan_schemas.py" line="77"/>
        <location filename="../../deskapp/models/schemas.py" line="143"/>
        <location filename="../../deskapp/models/schemas.py" line="520"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="78"/>
        <source>Headcount</source>
        <translation>Addetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="79"/>
        <source>Gross annual cost per head</source>
        <translation>Costo lordo annuo per addetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="84"/>
        <source>Annual amount</source>
        <translation>Importo annuo</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="89"/>
        <source>Share of sales (%)</source>
        <translation>Quota sulle vendite (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="96"/>
        <source>Change in sales (%)</source>
        <translation>Variazione delle vendite (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="99"/>
        <source>Change in costs (%)</source>
        <translation>Variazione dei costi (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="104"/>
        <source>Proposers and team</source>
        <translation>Proponenti e squadra</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="105"/>
        <source>The idea, products and services</source>
        <translation>L&apos;idea, i prodotti e i servizi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="106"/>
        <source>Market and competitors</source>
        <translation>Mercato e concorrenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="107"/>
        <source>Marketing and sales</source>
        <translation>Marketing e vendite</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="109"/>
        <source>Organisation and premises</source>
        <translation>Organizzazione e sede</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="111"/>
        <source>SWOT analysis</source>
        <translation>Analisi SWOT</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="116"/>
        <source>First year</source>
        <translation>Primo anno</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="117"/>
        <source>Years of the plan</source>
        <translation>Anni del piano</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="119"/>
        <source>Tax rate (%)</source>
        <translation>Aliquota fiscale (%)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="122"/>
        <source>Starting working capital</source>
        <translation>Capitale circolante iniziale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="126"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="129"/>
        <source>Investments</source>
        <translation>Investimenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="132"/>
        <source>Other sources of funds</source>
        <translation>Altre fonti di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="134"/>
        <source>Loans</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="136"/>
        <source>Sales forecast</source>
        <translation>Previsione delle vendite</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="139"/>
        <source>Personnel</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="142"/>
        <source>Fixed operating costs</source>
        <translation>Costi fissi di gestione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="145"/>
        <source>Variable costs</source>
        <translation>Costi variabili</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="149"/>
        <source>Pessimistic scenario</source>
        <translation>Scenario pessimistico</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/plan_schemas.py" line="153"/>
        <source>Optimistic scenario</source>
        <translation>Scenario ottimistico</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="58"/>
        <location filename="../../deskapp/models/network_schemas.py" line="101"/>
        <location filename="../../deskapp/models/schemas.py" line="145"/>
        <location filename="../../deskapp/models/schemas.py" line="207"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="146"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="156"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="158"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="160"/>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa privacy</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="190"/>
        <location filename="../../deskapp/models/schemas.py" line="163"/>
        <location filename="../../deskapp/models/schemas.py" line="427"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="168"/>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="194"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="195"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="196"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="197"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="198"/>
        <source>Birthplace</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="199"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="201"/>
        <source>Social security no. (NIR)</source>
        <translation>N. di sicurezza sociale francese (NIR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="202"/>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="51"/>
        <location filename="../../deskapp/models/schemas.py" line="204"/>
        <location filename="../../deskapp/models/schemas.py" line="437"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="205"/>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="59"/>
        <location filename="../../deskapp/models/network_schemas.py" line="102"/>
        <location filename="../../deskapp/models/schemas.py" line="206"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="208"/>
        <source>Education (ISCED)</source>
        <translation>Titolo di studio (ISCED)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="210"/>
        <source>Employment status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="213"/>
        <source>Unemployed since</source>
        <translation>Disoccupato/a dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="216"/>
        <source>Registered at France Travail on</source>
        <translation>Iscritto/a a France Travail dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="219"/>
        <source>France Travail category</source>
        <translation>Categoria France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="221"/>
        <source>Previous employer</source>
        <translation>Ultimo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="223"/>
        <source>Previous employer in crisis</source>
        <translation>Ultimo datore di lavoro in crisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="226"/>
        <source>How they reached the desk</source>
        <translation>Come ha conosciuto lo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="229"/>
        <source>First contact date</source>
        <translation>Data primo contatto</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="376"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="392"/>
        <source>Occupation or skill</source>
        <translation>Professione o competenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="394"/>
        <source>ISTAT CP2011 / ESCO code</source>
        <translation>Codice ISTAT CP2011 / ESCO</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="396"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="398"/>
        <source>Years of experience</source>
        <translation>Anni di esperienza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="402"/>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="48"/>
        <location filename="../../deskapp/models/schemas.py" line="403"/>
        <location filename="../../deskapp/models/schemas.py" line="451"/>
        <source>NACE code</source>
        <translation>Codice NACE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="404"/>
        <source>Evidence</source>
        <translation>Attestazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="418"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="419"/>
        <location filename="../../deskapp/models/schemas.py" line="429"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="188"/>
        <location filename="../../deskapp/models/schemas.py" line="421"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="430"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="434"/>
        <source>Kind of resource</source>
        <translation>Tipo di risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="45"/>
        <location filename="../../deskapp/models/schemas.py" line="435"/>
        <location filename="../../deskapp/models/schemas.py" line="669"/>
        <location filename="../../deskapp/services/funding_catalogue.py" line="126"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="436"/>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="438"/>
        <source>Size (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="439"/>
        <source>Size notes</source>
        <translation>Note sulle dimensioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="441"/>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="447"/>
        <source>Project title</source>
        <translation>Titolo del progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="448"/>
        <source>Kind of project</source>
        <translation>Tipo di progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="47"/>
        <location filename="../../deskapp/models/schemas.py" line="450"/>
        <source>Sector of activity (code)</source>
        <translation>Settore di attività (codice ATECO)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="452"/>
        <source>Lead operator</source>
        <translation>Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="453"/>
        <source>Origin company</source>
        <translation>Azienda di origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="455"/>
        <source>Origin company VAT number</source>
        <translation>Partita IVA dell&apos;azienda di origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="458"/>
        <source>Origin company situation</source>
        <translation>Situazione dell&apos;azienda di origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="461"/>
        <source>Planned legal form</source>
        <translation>Forma giuridica prevista</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="464"/>
        <source>New enterprise&apos;s number</source>
        <translation>Partita IVA della nuova impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="467"/>
        <source>Expected jobs</source>
        <translation>Posti di lavoro previsti</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="470"/>
        <source>Employees besides members</source>
        <translation>Dipendenti oltre ai soci</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="473"/>
        <source>Planned start date</source>
        <translation>Data di avvio prevista</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="476"/>
        <source>Actual start date</source>
        <translation>Data di avvio effettiva</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="478"/>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="480"/>
        <source>Next action due</source>
        <translation>Scadenza prossima azione</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="185"/>
        <location filename="../../deskapp/models/schemas.py" line="519"/>
        <location filename="../../deskapp/models/schemas.py" line="612"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="522"/>
        <source>Capital pledged</source>
        <translation>Capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="525"/>
        <source>Capital paid in</source>
        <translation>Capitale versato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="528"/>
        <source>of which from TFR</source>
        <translation>di cui da TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="531"/>
        <source>of which from NASpI advance</source>
        <translation>di cui da anticipo NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="536"/>
        <source>Unemployment rights (ARE)</source>
        <translation>Diritti di disoccupazione (ARE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="539"/>
        <source>of which from ARCE</source>
        <translation>di cui da ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="542"/>
        <source>ARE kept: monthly amount</source>
        <translation>ARE mantenuta: importo mensile</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="545"/>
        <source>ARE kept: months of rights left</source>
        <translation>ARE mantenuta: mesi di diritti residui</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="607"/>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="608"/>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="610"/>
        <source>Duration (minutes)</source>
        <translation>Durata (minuti)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/network_schemas.py" line="118"/>
        <location filename="../../deskapp/models/schemas.py" line="613"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="615"/>
        <source>Follow-up due</source>
        <translation>Richiamo entro il</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="632"/>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="634"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="637"/>
        <source>Amount requested</source>
        <translation>Importo richiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="640"/>
        <source>Amount granted</source>
        <translation>Importo concesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="643"/>
        <source>Amount disbursed</source>
        <translation>Importo erogato</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="645"/>
        <source>Submitted on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="646"/>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="647"/>
        <source>Disbursed on</source>
        <translation>Erogata il</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="670"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="672"/>
        <source>Country (blank: both)</source>
        <translation>Paese (vuoto: entrambi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="674"/>
        <source>Provided by</source>
        <translation>Erogato da</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="676"/>
        <source>Who may apply, and for what</source>
        <translation>Chi può fare domanda, e per che cosa</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="678"/>
        <source>Up to</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="679"/>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="680"/>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="681"/>
        <source>Still open</source>
        <translation>Ancora aperto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="192"/>
        <source>Checklist step</source>
        <translation>Passo della checklist</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/checklists.py" line="211"/>
        <source>Done on</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="588"/>
        <source>Version name</source>
        <translation>Nome della versione</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/accounts.py" line="81"/>
        <location filename="../../deskapp/services/organisation.py" line="48"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/accounts_panel.py" line="102"/>
        <source>Can log in</source>
        <translation>Può accedere</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="147"/>
        <location filename="../../deskapp/ui/accounts_panel.py" line="100"/>
        <source>First password</source>
        <translation>Prima password</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/operator_accounts.py" line="172"/>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="91"/>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>GG/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="93"/>
        <source>DD/MM/YYYY</source>
        <translation>GG/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="268"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/field_form.py" line="270"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="199"/>
        <source>Welcome to deskapp</source>
        <translation>Benvenuto in deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="216"/>
        <source>Desk name</source>
        <translation>Nome dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="217"/>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="218"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="219"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="220"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="221"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="222"/>
        <source>Your name (first operator)</source>
        <translation>Il tuo nome (primo operatore)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="223"/>
        <source>Your password (at least 8 characters)</source>
        <translation>La tua password (almeno 8 caratteri)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="224"/>
        <source>The password again</source>
        <translation>Di nuovo la password</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="234"/>
        <source>This database is new. Record your desk and yourself as its first operator; you will be its administrator.</source>
        <translation>Questa banca dati è nuova. Registra il tuo sportello e te stesso come primo operatore: ne sarai l&apos;amministratore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="251"/>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="373"/>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="374"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="375"/>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="376"/>
        <source>Granted</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="377"/>
        <source>Disbursed</source>
        <translation>Erogato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="378"/>
        <source>Submitted on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="379"/>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="382"/>
        <source>Funding applications</source>
        <translation>Domande di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="386"/>
        <source>New application...</source>
        <translation>Nuova domanda...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="387"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="409"/>
        <source>No funding application yet.</source>
        <translation>Nessuna domanda di finanziamento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="435"/>
        <source>New funding application</source>
        <translation>Nuova domanda di finanziamento</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../deskapp/ui/help_window.py" line="21"/>
        <source>deskapp - user guide</source>
        <translation>deskapp - guida per gli operatori</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/help_window.py" line="24"/>
        <source>User guide</source>
        <translation>Guida utente</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="348"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="349"/>
        <source>Stage history</source>
        <translation>Storico fasi</translation>
    </message>
</context>
<context>
    <name>LineGrid</name>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="98"/>
        <source>Type in a cell to change it; Ctrl+Del removes the row.</source>
        <translation>Scrivi in una cella per cambiarla; Ctrl+Canc elimina la riga.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="128"/>
        <source>Remove row</source>
        <translation>Togli riga</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="129"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Canc</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_grid.py" line="214"/>
        <source>%1, row %2</source>
        <translation>%1, riga %2</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="55"/>
        <source>deskapp is locked</source>
        <translation>deskapp è bloccato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="60"/>
        <source>%1, type your password to go on.</source>
        <translation>%1, scrivi la tua password per continuare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="64"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/idle_lock.py" line="69"/>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="52"/>
        <source>deskapp: who are you?</source>
        <translation>deskapp: chi sei?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="60"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/login_dialog.py" line="61"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="120"/>
        <source>deskapp - help desk registry</source>
        <translation>deskapp - anagrafica dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="143"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="392"/>
        <source>Find a person</source>
        <translation>Trova una persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="366"/>
        <location filename="../../deskapp/ui/main_window.py" line="560"/>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="380"/>
        <source>Close tab</source>
        <translation>Chiudi scheda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="173"/>
        <source>no operator</source>
        <translation>nessun operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="144"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="145"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="146"/>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="147"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="148"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="149"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="152"/>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="154"/>
        <source>Consolidation</source>
        <translation>Consolidamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="156"/>
        <source>Pages and open records</source>
        <translation>Pagine e schede aperte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="175"/>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="176"/>
        <source>Operator: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="193"/>
        <source>deskapp %1</source>
        <translation>deskapp %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="304"/>
        <source>Only a coordinator or an administrator sends bundles.</source>
        <translation>Solo un coordinatore o un amministratore può inviare i pacchetti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="319"/>
        <source>Restored</source>
        <translation>Ripristinata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="321"/>
        <source>The backup is in place (the previous file was kept as %1). deskapp closes now: start it again.</source>
        <translation>La copia è al suo posto (il file precedente è stato conservato come %1). deskapp ora si chiude: riavvialo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="363"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="367"/>
        <location filename="../../deskapp/ui/main_window.py" line="561"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="368"/>
        <source>Log activity...</source>
        <translation>Registra attività...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="369"/>
        <source>Print...</source>
        <translation>Stampa...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="373"/>
        <source>Send to the coordinator...</source>
        <translation>Invia al coordinamento...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="388"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="390"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="401"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="404"/>
        <source>User guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="408"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="410"/>
        <location filename="../../deskapp/ui/main_window.py" line="645"/>
        <source>About deskapp</source>
        <translation>Informazioni su deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="457"/>
        <source>Choose an operator first.</source>
        <translation>Scegli prima un operatore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="574"/>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="582"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/main_window.py" line="584"/>
        <source>%n record(s) have changes that are not saved. Close without saving?</source>
        <translation>
            <numerusform>%n scheda ha modifiche non salvate. Chiudere senza salvare?</numerusform>
            <numerusform>%n schede hanno modifiche non salvate. Chiudere senza salvare?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="647"/>
        <source>deskapp %1
The registry of the help desks that turn job loss into new enterprises.</source>
        <translation>deskapp %1
Il registro degli sportelli che trasformano la perdita del lavoro in nuove imprese.</translation>
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
        <translation>livello richiesto: {level}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="18"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="19"/>
        <source>same municipality</source>
        <translation>stesso comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="20"/>
        <source>same region (distance not known)</source>
        <translation>stessa regione (distanza non nota)</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="21"/>
        <source>another region</source>
        <translation>altra regione</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="22"/>
        <source>placed on {date}</source>
        <translation>collocato il {date}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="23"/>
        <source>same sector</source>
        <translation>stesso settore</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="24"/>
        <source>they seek: {word}</source>
        <translation>cercano: {word}</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="25"/>
        <source>abroad ({country})</source>
        <translation>all&apos;estero ({country})</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="26"/>
        <source>{m2} m²</source>
        <translation>{m2} m²</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="27"/>
        <source>smaller than asked ({m2} m²)</source>
        <translation>più piccolo del richiesto ({m2} m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="28"/>
        <source>{relation} this project</source>
        <translation>{relation} questo progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="29"/>
        <source>{kind} to join</source>
        <translation>{kind} a cui aderire</translation>
    </message>
    <message>
        <location filename="../../deskapp/matching/explain.py" line="35"/>
        <source>The role “{role}” names no trade, so it matches no one: add what the person does, e.g. “{role} welder”, or “TIG welding” in the skills wanted.</source>
        <translation>Il ruolo “{role}” non nomina un mestiere, quindi non trova nessuno: aggiungi che cosa fa la persona, per esempio “{role} saldatore”, o “saldatura TIG” nelle competenze richieste.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="38"/>
        <source>; </source>
        <comment>between the reasons of a match</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="68"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="69"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="70"/>
        <source>Capital pledged</source>
        <translation>Capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="71"/>
        <source>Paid in</source>
        <translation>Versato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="73"/>
        <source>from ARCE</source>
        <translation>da ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="73"/>
        <source>ARE kept monthly</source>
        <translation>ARE mantenuta mensilmente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="75"/>
        <source>from TFR</source>
        <translation>da TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="75"/>
        <source>from NASpI advance</source>
        <translation>da NASpI anticipata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="79"/>
        <source>Members and capital</source>
        <translation>Soci e capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="97"/>
        <source>Role for new members:</source>
        <translation>Ruolo dei nuovi soci:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="99"/>
        <source>Add members...</source>
        <translation>Aggiungi soci...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="100"/>
        <source>Edit role and capital...</source>
        <translation>Modifica ruolo e capitale...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="101"/>
        <source>Open person</source>
        <translation>Apri persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="102"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="121"/>
        <source>No members yet: add the promoters or the worker-members.</source>
        <translation>Ancora nessun socio: aggiungi i promotori o i soci lavoratori.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="129"/>
        <source>%Ln people. Capital pledged %1, paid in %2 (ARCE %3).</source>
        <translation>
            <numerusform>%Ln persona. Capitale sottoscritto %1, versato %2 (ARCE %3).</numerusform>
            <numerusform>%Ln persone. Capitale sottoscritto %1, versato %2 (ARCE %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="136"/>
        <source>%Ln people. Capital pledged %1, paid in %2 (TFR %3, NASpI %4).</source>
        <translation>
            <numerusform>%Ln persona. Capitale sottoscritto %1, versato %2 (TFR %3, NASpI %4).</numerusform>
            <numerusform>%Ln persone. Capitale sottoscritto %1, versato %2 (TFR %3, NASpI %4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="153"/>
        <source>%1 a month</source>
        <translation>%1 al mese</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_panels.py" line="155"/>
        <source>%n month(s) left</source>
        <translation>
            <numerusform>%n mese residuo</numerusform>
            <numerusform>%n mesi residui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="180"/>
        <source>Not added</source>
        <translation>Non aggiunto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="197"/>
        <source>ARCE: 60% of the remaining ARE rights, paid as capital in two halves. Or the member keeps ARE monthly beside the new job. One or the other.</source>
        <translation>ARCE: il 60% dei diritti ARE residui, versato come capitale in due metà. Oppure il socio mantiene l&apos;ARE ogni mese accanto al nuovo lavoro. L&apos;una o l&apos;altra.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="223"/>
        <source>Remove member</source>
        <translation>Rimuovi socio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="224"/>
        <source>Remove %1 from the project?</source>
        <translation>Togliere %1 dal progetto?</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../deskapp/i18n.py" line="51"/>
        <source>EUR %1</source>
        <translation>EUR %1</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="50"/>
        <source>Move the project</source>
        <translation>Sposta il progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="52"/>
        <source>Move “%1” from %2 to %3.</source>
        <translation>Spostare “%1” da %2 a %3.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="64"/>
        <source>Why? (required)</source>
        <translation>Perché? (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="66"/>
        <source>Note (optional)</source>
        <translation>Nota (facoltativa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="73"/>
        <source>Open the project</source>
        <translation>Apri il progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/move_dialog.py" line="77"/>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="147"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="148"/>
        <source>Needs assessments</source>
        <translation>Analisi dei bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="151"/>
        <source>New needs assessment...</source>
        <translation>Nuova rilevazione dei bisogni...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="171"/>
        <source>No needs assessment yet: record what the person needs from the desk.</source>
        <translation>Nessuna rilevazione dei bisogni: registra di che cosa ha bisogno la persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="177"/>
        <source>Needs identified</source>
        <translation>Bisogni individuati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="190"/>
        <source>Needs assessment</source>
        <translation>Rilevazione dei bisogni</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="244"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="269"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="255"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="256"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="286"/>
        <source>Contact people</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="258"/>
        <source>Add contact...</source>
        <translation>Aggiungi referente...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="259"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="265"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="397"/>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="262"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="287"/>
        <source>Relations</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="264"/>
        <source>Add relation...</source>
        <translation>Aggiungi relazione...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="270"/>
        <source>Skills wanted</source>
        <translation>Competenze richieste</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="271"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="272"/>
        <source>Place of work</source>
        <translation>Luogo di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="273"/>
        <source>Open until</source>
        <translation>Aperta fino al</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="274"/>
        <source>Posts</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="275"/>
        <source>Filled</source>
        <translation>Coperti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="276"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="279"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="288"/>
        <source>Openings</source>
        <translation>Offerte di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="281"/>
        <source>New opening...</source>
        <translation>Nuova offerta di lavoro...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="282"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="285"/>
        <source>Details</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="301"/>
        <source>No contact person yet: add the one to call.</source>
        <translation>Nessun referente: aggiungi la persona da chiamare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="314"/>
        <source>%1 this organisation</source>
        <translation>%1 questa organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="319"/>
        <source>No relation yet.</source>
        <translation>Nessuna relazione.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="334"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="334"/>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="339"/>
        <source>No opening: record the roles this organisation wants filled.</source>
        <translation>Nessuna offerta: registra i ruoli che questa organizzazione cerca.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="362"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non salvato: correggi i campi con un messaggio sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="370"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="389"/>
        <source>New contact person</source>
        <translation>Nuovo referente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="398"/>
        <source>Remove %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="446"/>
        <source>New relation</source>
        <translation>Nuova relazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="466"/>
        <source>New opening</source>
        <translation>Nuova offerta di lavoro</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="168"/>
        <source>Choose an organisation</source>
        <translation>Scegli un&apos;organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="169"/>
        <source>Words of the name, the place, or the company number...</source>
        <translation>Parole del nome, il comune o la partita IVA...</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="103"/>
        <source>Name, place, what they do or seek, company number...</source>
        <translation>Nome, luogo, cosa fanno o cercano, partita IVA...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="104"/>
        <source>Search organisations</source>
        <translation>Cerca organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="106"/>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="106"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="113"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="108"/>
        <source>Any supply chain</source>
        <translation>Qualsiasi filiera</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="108"/>
        <location filename="../../deskapp/ui/organisations_page.py" line="114"/>
        <source>Supply chain</source>
        <translation>Filiera</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="112"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="115"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="116"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="117"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="118"/>
        <source>Open openings</source>
        <translation>Offerte aperte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="119"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="122"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="124"/>
        <source>New organisation...</source>
        <translation>Nuova organizzazione...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="125"/>
        <source>Open...</source>
        <translation>Apri...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="179"/>
        <source>No organisation matches. Record one with “New organisation”.</source>
        <translation>Nessuna organizzazione trovata. Registrane una con “Nuova organizzazione”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/organisations_page.py" line="181"/>
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organizzazione</numerusform>
            <numerusform>%Ln organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="183"/>
        <source>%1 organisations: the first %2 are shown; add a word.</source>
        <translation>%1 organizzazioni: sono mostrate le prime %2; aggiungi una parola.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/organisations_page.py" line="194"/>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="65"/>
        <source>Print...</source>
        <translation>Stampa...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="66"/>
        <source>Save as...</source>
        <translation>Salva come...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="151"/>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pdf_preview.py" line="157"/>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/i18n.py" line="85"/>
        <source>As the desk</source>
        <translation>Come lo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/i18n.py" line="88"/>
        <location filename="../../deskapp/ui/pdf_preview.py" line="82"/>
        <source>Document language</source>
        <translation>Lingua del documento</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="91"/>
        <source>Search by surname, name, NIR, phone, e-mail, municipality...</source>
        <translation>Cerca per cognome, nome, NIR, telefono, e-mail, comune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="93"/>
        <source>Search by surname, name, codice fiscale, phone, e-mail, municipality...</source>
        <translation>Cerca per cognome, nome, codice fiscale, telefono, e-mail, comune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="94"/>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="98"/>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="98"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="101"/>
        <source>Any employment status</source>
        <translation>Qualsiasi condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="101"/>
        <source>Employment status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="103"/>
        <source>Any need</source>
        <translation>Qualsiasi bisogno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="103"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="105"/>
        <source>Any project stage</source>
        <translation>Qualsiasi fase di progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="105"/>
        <source>Project stage</source>
        <translation>Fase del progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="108"/>
        <source>Any first contact</source>
        <translation>Qualsiasi data di primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="110"/>
        <source>First contact: last 30 days</source>
        <translation>Primo contatto: ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="111"/>
        <source>First contact: last 12 months</source>
        <translation>Primo contatto: ultimi 12 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="112"/>
        <source>First contact: this year</source>
        <translation>Primo contatto: quest&apos;anno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="113"/>
        <source>First contact: last year</source>
        <translation>Primo contatto: anno scorso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="115"/>
        <source>First contact</source>
        <translation>Primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="134"/>
        <source>People found</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="155"/>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="156"/>
        <source>Ctrl+N: prefilled with what is in the search box</source>
        <translation>Ctrl+N: già compilata con quello che è nella casella di ricerca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="238"/>
        <source>At least %Ln people, counting...</source>
        <translation>
            <numerusform>Almeno %Ln persona, conteggio in corso...</numerusform>
            <numerusform>Almeno %Ln persone, conteggio in corso...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="241"/>
        <location filename="../../deskapp/ui/people_page.py" line="285"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="246"/>
        <source>No one matches. Change the search or the filters.</source>
        <translation>Nessuna persona corrisponde. Modifica la ricerca o i filtri.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="249"/>
        <source>Nobody is registered yet. Press Ctrl+N to register the first person, or try the app with invented people: &apos;deskapp demo&apos;.</source>
        <translation>Non c&apos;è ancora nessuna persona registrata. Premi Ctrl+N per registrare la prima, oppure prova l&apos;applicazione con persone inventate: &apos;deskapp demo&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="277"/>
        <source>At least %Ln people</source>
        <translation>
            <numerusform>Almeno %Ln persona</numerusform>
            <numerusform>Almeno %Ln persone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="115"/>
        <source>Identity</source>
        <translation>Anagrafica</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="117"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="118"/>
        <source>Given name</source>
        <translation>Nome</translation>
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
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="121"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="122"/>
        <source>Birthplace</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="123"/>
        <source>Citizenship (e.g. IT)</source>
        <translation>Cittadinanza (es. IT)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="129"/>
        <source>Contacts</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="131"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="132"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="133"/>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="134"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="135"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="139"/>
        <source>Work situation</source>
        <translation>Situazione lavorativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="143"/>
        <source>Employment status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="146"/>
        <source>Unemployed since</source>
        <translation>Disoccupato/a dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="148"/>
        <source>Previous employer</source>
        <translation>Ultimo datore di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="151"/>
        <source>Previous employer in crisis</source>
        <translation>Ultimo datore di lavoro in crisi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="156"/>
        <source>Education (ISCED)</source>
        <translation>Titolo di studio (ISCED)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="161"/>
        <source>How they reached the desk</source>
        <translation>Come ha conosciuto lo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="164"/>
        <source>First contact date</source>
        <translation>Data primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="168"/>
        <source>Special categories (optional)</source>
        <translation>Categorie particolari (facoltative)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="173"/>
        <source>Not asked</source>
        <translation>Non chiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="182"/>
        <source>Sensitive data: ask only if the person agrees. “Declined to answer” is recorded as such; “Not asked” leaves it blank.</source>
        <translation>Dati sensibili: chiedili solo se la persona è d&apos;accordo. “Preferisce non rispondere” viene registrato come tale; “Non chiesto” lascia il campo vuoto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="201"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="219"/>
        <location filename="../../deskapp/ui/person_form.py" line="222"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="288"/>
        <source>Registered at France Travail on</source>
        <translation>Iscritto/a a France Travail dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="293"/>
        <source>France Travail category</source>
        <translation>Categoria France Travail</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="300"/>
        <source>Social security no. (NIR)</source>
        <translation>N. di sicurezza sociale francese (NIR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="311"/>
        <source>Add a NIR</source>
        <translation>Aggiungi un NIR</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="313"/>
        <source>The French social security number, for a person who has one</source>
        <translation>Il numero di sicurezza sociale francese, per chi ne ha uno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="316"/>
        <source>Add a codice fiscale</source>
        <translation>Aggiungi un codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="317"/>
        <source>The Italian tax code, for a person who has one</source>
        <translation>Il codice fiscale italiano, per chi ne ha uno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="334"/>
        <source>Privacy (required before the first save)</source>
        <translation>Privacy (obbligatoria prima del primo salvataggio)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="338"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="341"/>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa privacy</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="342"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="367"/>
        <source>Anonymised person no. %1</source>
        <translation>Persona anonimizzata n. %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="415"/>
        <source>Anonymised on %1 (right to erasure): only anonymous facts are kept and the record can no longer be changed.</source>
        <translation>Anonimizzata il %1 (diritto alla cancellazione): restano solo dati anonimi e la scheda non si può più modificare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="510"/>
        <source>The saved version is shown; your changes were dropped.</source>
        <translation>È mostrata la versione salvata; le tue modifiche sono state scartate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="513"/>
        <source>Not saved: someone else saved this person first.</source>
        <translation>Non salvato: qualcun altro ha salvato prima questa persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="548"/>
        <source>Open person no. %1</source>
        <translation>Apri la persona n. %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="552"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non salvato: correggi i campi con un messaggio sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="569"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesPanel</name>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="119"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="104"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="106"/>
        <source>Openings that fit</source>
        <translation>Offerte adatte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="108"/>
        <source>Propose...</source>
        <translation>Proponi...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="111"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="113"/>
        <source>Firms that fit</source>
        <translation>Imprese adatte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="117"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="118"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="120"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="121"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="123"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="129"/>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="125"/>
        <source>Next step...</source>
        <translation>Passo successivo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="127"/>
        <source>Openings</source>
        <translation>Offerte di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="128"/>
        <source>Firms</source>
        <translation>Imprese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="151"/>
        <source>No consent to be proposed to employers and projects: record it under Privacy before proposing this person. Nothing is matched until then.</source>
        <translation>Nessun consenso a essere proposto a datori di lavoro e progetti: registralo in Privacy prima di proporre questa persona. Fino ad allora non si cerca nulla.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="163"/>
        <source>No open opening fits these skills: record the person&apos;s skills, or look again later.</source>
        <translation>Nessuna offerta aperta corrisponde a queste competenze: registra le competenze della persona o riprova più avanti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="172"/>
        <source>No firm of the network fits these skills.</source>
        <translation>Nessuna impresa della rete corrisponde a queste competenze.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="187"/>
        <source>No proposal yet: choose an opening and “Propose”.</source>
        <translation>Nessuna proposta: scegli un&apos;offerta e “Proponi”.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="212"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="222"/>
        <source>Proposal: %1</source>
        <translation>Proposta: %1</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="125"/>
        <source>Choose people</source>
        <translation>Scegli le persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="125"/>
        <source>Choose a person</source>
        <translation>Scegli una persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="126"/>
        <source>Surname, name or codice fiscale...</source>
        <translation>Cognome, nome o codice fiscale...</translation>
    </message>
</context>
<context>
    <name>PersonProjectsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="200"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="201"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="202"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="203"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="204"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="206"/>
        <source>Projects of the person</source>
        <translation>Progetti della persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="226"/>
        <source>Not in any project yet.</source>
        <translation>Non fa ancora parte di nessun progetto.</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="258"/>
        <source>Details</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="261"/>
        <source>Log activity...</source>
        <translation>Registra attività...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="262"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="265"/>
        <source>Dossier (PDF)...</source>
        <translation>Fascicolo (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="266"/>
        <source>Ctrl+P: preview, print or save the dossier</source>
        <translation>Ctrl+P: anteprima, stampa o salvataggio del fascicolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="269"/>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="272"/>
        <source>Right of access: save the dossier and the data (JSON)...</source>
        <translation>Diritto di accesso: salva la scheda e i dati (JSON)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="276"/>
        <source>Right to erasure: anonymise this person...</source>
        <translation>Diritto alla cancellazione: anonimizza questa persona...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="282"/>
        <source>Right to erasure: anonymise this person (administrators)</source>
        <translation>Diritto alla cancellazione: anonimizza questa persona (amministratori)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="316"/>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="317"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="318"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="319"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="320"/>
        <source>Matches</source>
        <translation>Abbinamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="353"/>
        <source>Person dossier</source>
        <translation>Fascicolo della persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="370"/>
        <source>Folder for the right-of-access files</source>
        <translation>Cartella per i file del diritto di accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="389"/>
        <location filename="../../deskapp/ui/person_record.py" line="406"/>
        <source>Right of access</source>
        <translation>Diritto di accesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="397"/>
        <source>Written:
%1
%2</source>
        <translation>Scritti:
%1
%2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="416"/>
        <source>Anonymise %1</source>
        <translation>Anonimizza %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="419"/>
        <source>Names, codice fiscale, birthplace, contacts, address, previous employer and every free-text note of this person are erased for good. Sex, year of birth, education, work situation, the services received and the projects stay, anonymous, for the reports the funders need.

Copies made before (backups, printed or exported files) are not touched. This cannot be undone.</source>
        <translation>Nome e cognome, codice fiscale, luogo di nascita, recapiti, indirizzo, datore di lavoro precedente e ogni nota libera di questa persona vengono cancellati per sempre. Sesso, anno di nascita, istruzione, condizione lavorativa, i servizi ricevuti e i progetti restano, anonimi, per i report chiesti dai finanziatori.

Le copie fatte prima (backup, file stampati o esportati) non vengono toccate. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="427"/>
        <source>Anonymise</source>
        <translation>Anonimizza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="437"/>
        <source>Not anonymised</source>
        <translation>Non anonimizzata</translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="202"/>
        <source>A few letters, then Enter</source>
        <translation>Qualche lettera, poi Invio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="204"/>
        <source>Choose...</source>
        <translation>Scegli...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="206"/>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="411"/>
        <source>The sources of funds ({sources}) do not cover the investments and the starting working capital ({uses}): {shortfall} is missing.</source>
        <translation>Le fonti di finanziamento ({sources}) non coprono gli investimenti e il capitale circolante iniziale ({uses}): mancano {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="428"/>
        <source>Cash is negative at the end of {year}: {cash}.</source>
        <translation>La cassa è negativa alla fine del {year}: {cash}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="437"/>
        <source>In {year} the operating cash flow does not cover the loan instalments (coverage {ratio}).</source>
        <translation>Nel {year} il flusso di cassa operativo non copre le rate dei finanziamenti (copertura {ratio}).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="458"/>
        <source>The CFI equity in the plan ({equity}) is more than CFI can put in: {max} ({multiple} times the capital paid in).</source>
        <translation>La partecipazione CFI nel piano ({equity}) supera quanto CFI può apportare: {max} ({multiple} volte il capitale versato).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="124"/>
        <source>{count} worker-members: CFI asks for at least {minimum}.</source>
        <translation>{count} soci lavoratori: CFI ne chiede almeno {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="129"/>
        <source>{count} worker-members put in less than {minimum} each: {names}.</source>
        <translation>{count} soci lavoratori versano meno di {minimum} ciascuno: {names}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="134"/>
        <source>Every worker-member puts in at least {minimum}.</source>
        <translation>Ogni socio lavoratore apporta almeno {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="143"/>
        <source>Capital paid in {paid} of {pledged} pledged: at least {share}% must be paid up.</source>
        <translation>Capitale versato {paid} su {pledged} sottoscritto: almeno il {share}% deve essere versato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="226"/>
        <source>The members have pledged no capital yet: in a SCOP the employee-members hold at least {minimum}% of it.</source>
        <translation>I soci non hanno ancora sottoscritto capitale: in una SCOP i soci lavoratori ne detengono almeno il {minimum}%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="239"/>
        <source>Employee-members hold {share}% of the capital ({capital} of {total}): a SCOP needs at least {minimum}%.</source>
        <translation>I soci lavoratori detengono il {share}% del capitale ({capital} su {total}): una SCOP ne richiede almeno il {minimum}%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="245"/>
        <source>Employee-members hold {share}% of the capital ({capital} of {total}), at least {minimum}%.</source>
        <translation>I soci lavoratori detengono il {share}% del capitale ({capital} su {total}), almeno il {minimum}%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="264"/>
        <source>Employee-members have {share}% of the votes ({votes} of {members} members, one member one vote): a SCOP needs at least {minimum}%.</source>
        <translation>I soci lavoratori hanno il {share}% dei voti ({votes} soci su {members}, una testa un voto): una SCOP ne richiede almeno il {minimum}%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="270"/>
        <source>Employee-members have {share}% of the votes ({votes} of {members} members, one member one vote), at least {minimum}%.</source>
        <translation>I soci lavoratori hanno il {share}% dei voti ({votes} soci su {members}, una testa un voto), almeno il {minimum}%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="287"/>
        <source>Employee-members: {count}; a SCOP SA needs at least {minimum}.</source>
        <translation>Soci lavoratori: {count}; una SCOP SA ne richiede almeno {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="291"/>
        <location filename="../../deskapp/services/plan_rules.py" line="297"/>
        <source>Employee-members: {count}, at least {minimum}.</source>
        <translation>Soci lavoratori: {count}, almeno {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="295"/>
        <source>Employee-members: {count}; a SCOP needs at least {minimum}.</source>
        <translation>Soci lavoratori: {count}; una SCOP ne richiede almeno {minimum}.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="309"/>
        <source>{names} holds more than {maximum}% of the capital: no member of a SCOP may.</source>
        <translation>{names} detiene più del {maximum}% del capitale: in una SCOP nessun socio può.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_rules.py" line="314"/>
        <source>No member holds more than {maximum}% of the capital.</source>
        <translation>Nessun socio detiene più del {maximum}% del capitale.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/business_plans.py" line="252"/>
        <source>The source {source} ({amount}) was drawn from a NASpI advance or ARCE application, which belongs in the members&apos; capital: if a member&apos;s pledge already includes it, it is counted twice. Remove the source, or record it as the member&apos;s part of the capital.</source>
        <translation>La fonte {source} ({amount}) viene da una domanda di anticipo NASpI o di ARCE, che fa parte del capitale dei soci: se la quota sottoscritta da un socio la comprende già, viene contata due volte. Togli la fonte, oppure registrala come quota del socio nel capitale.</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="218"/>
        <source>thousand EUR</source>
        <translation>migliaia di EUR</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="110"/>
        <source>Loan terms: %1</source>
        <translation>Condizioni del finanziamento: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="122"/>
        <source>Annual rate</source>
        <translation>Tasso annuo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="123"/>
        <source>Repayment years</source>
        <translation>Anni di rimborso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_compare.py" line="124"/>
        <source>Grace years (interest only)</source>
        <translation>Anni di preammortamento (solo interessi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="172"/>
        <location filename="../../deskapp/ui/plan_editor.py" line="174"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="179"/>
        <source>Freeze a version...</source>
        <translation>Congela una versione...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="181"/>
        <source>Keep the plan as it is now under a name, e.g. &apos;submitted to CFI&apos;</source>
        <translation>Conserva il piano com&apos;è ora con un nome, ad es. &apos;presentato a CFI&apos;</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="184"/>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="188"/>
        <source>Add approved funding</source>
        <translation>Aggiungi finanziamenti approvati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="192"/>
        <source>Document (PDF)...</source>
        <translation>Documento (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="193"/>
        <source>Ctrl+P: preview, print or save the plan</source>
        <translation>Ctrl+P: anteprima, stampa o salva il piano</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="214"/>
        <source>3 years</source>
        <translation>3 anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="215"/>
        <source>5 years</source>
        <translation>5 anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="256"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="267"/>
        <source>Add investment</source>
        <translation>Aggiungi investimento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="268"/>
        <source>Useful life 0: not depreciated (land, deposits).</source>
        <translation>Vita utile 0: non ammortizzato (terreni, depositi cauzionali).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="284"/>
        <source>Add source</source>
        <translation>Aggiungi fonte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="296"/>
        <source>Add loan</source>
        <translation>Aggiungi finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="307"/>
        <source>Add product or service</source>
        <translation>Aggiungi prodotto o servizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="317"/>
        <source>Add role</source>
        <translation>Aggiungi ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="323"/>
        <source>Add fixed cost</source>
        <translation>Aggiungi costo fisso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="329"/>
        <source>Add variable cost</source>
        <translation>Aggiungi costo variabile</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="356"/>
        <source>Sources of funds</source>
        <translation>Fonti di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="358"/>
        <source>Costs</source>
        <translation>Costi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="373"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="485"/>
        <source>Members&apos; capital %1 (of which ARCE %2) comes from the project&apos;s members: change it on the project&apos;s Members tab.</source>
        <translation>Il capitale dei soci %1 (di cui ARCE %2) viene dai soci del progetto: si modifica nella scheda Soci e capitale del progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="554"/>
        <source>Not saved: correct the cells marked with a warning sign.</source>
        <translation>Non salvato: correggi le celle segnate con un avviso.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="494"/>
        <source>Members&apos; capital %1 (of which TFR %2, NASpI advance %3) comes from the project&apos;s members: change it on the project&apos;s Members tab.</source>
        <translation>Il capitale dei soci %1 (di cui TFR %2, anticipo NASpI %3) viene dai soci del progetto: si modifica nella scheda Soci e capitale del progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="518"/>
        <source>Plan: %1</source>
        <translation>Piano: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="531"/>
        <source>New plan, not saved yet</source>
        <translation>Piano nuovo, non ancora salvato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="87"/>
        <location filename="../../deskapp/ui/plan_editor.py" line="533"/>
        <source>Changes not saved</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="89"/>
        <source>The plan on screen has changes that are not saved. Save them and print the plan, or print what is on screen as an unsaved draft (the document says so)?</source>
        <translation>Il piano sullo schermo ha modifiche non salvate. Salvarle e stampare il piano, oppure stampare ciò che è sullo schermo come bozza non salvata (il documento lo indica)?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="96"/>
        <source>Save and print</source>
        <translation>Salva e stampa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="100"/>
        <source>Print the unsaved draft</source>
        <translation>Stampa la bozza non salvata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="467"/>
        <source>The figures wait for these corrections (cells marked with a warning sign):</source>
        <translation>I calcoli attendono queste correzioni (celle segnate con un avviso):</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="535"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="566"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="581"/>
        <source>The saved plan is shown; your changes were dropped.</source>
        <translation>È mostrato il piano salvato; le tue modifiche sono state scartate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="584"/>
        <source>Not saved: someone else saved this plan first.</source>
        <translation>Non salvato: qualcun altro ha salvato questo piano prima di te.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="591"/>
        <source>Saved by someone else</source>
        <translation>Salvato da qualcun altro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="594"/>
        <source>Someone else saved this plan after you opened it. Keep your plan (theirs is replaced) or show theirs (your changes are dropped)?</source>
        <translation>Qualcun altro ha salvato questo piano dopo che l&apos;hai aperto. Tieni il tuo piano (il loro viene sostituito) o mostri il loro (le tue modifiche vengono scartate)?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="598"/>
        <source>Keep mine</source>
        <translation>Tieni il mio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="599"/>
        <source>Show theirs</source>
        <translation>Mostra il loro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="615"/>
        <source>Freeze a version</source>
        <translation>Congela una versione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="616"/>
        <source>Name of the version (e.g. &apos;submitted to CFI, %1&apos;):</source>
        <translation>Nome della versione (ad es. &apos;presentato a CFI, %1&apos;):</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="629"/>
        <source>Version &apos;%1&apos; frozen.</source>
        <translation>Versione &apos;%1&apos; congelata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="636"/>
        <source>No frozen versions yet</source>
        <translation>Nessuna versione congelata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="646"/>
        <source>Correct the plan before comparing it.</source>
        <translation>Correggi il piano prima di confrontarlo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="674"/>
        <source>No approved application left to add (see the project&apos;s Funding tab)</source>
        <translation>Nessuna domanda approvata da aggiungere (vedi la scheda Finanziamento del progetto)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="683"/>
        <source>%1: already in the members&apos; capital (Members and capital tab)</source>
        <translation>%1: già nel capitale dei soci (scheda Soci e capitale)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="694"/>
        <source>Correct the plan before adding funding to it.</source>
        <translation>Correggi il piano prima di aggiungervi finanziamenti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_editor.py" line="738"/>
        <source>Business plan</source>
        <translation>Piano d&apos;impresa</translation>
    </message>
</context>
<context>
    <name>ProjectMatchesPanel</name>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="250"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="251"/>
        <source>Skills wanted</source>
        <translation>Competenze richieste</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="252"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="253"/>
        <source>Posts</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="254"/>
        <source>Filled</source>
        <translation>Coperti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="257"/>
        <source>Roles the project needs</source>
        <translation>Ruoli di cui il progetto ha bisogno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="259"/>
        <source>Add role...</source>
        <translation>Aggiungi ruolo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="260"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="261"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="432"/>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="264"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="266"/>
        <source>People who fit the role</source>
        <translation>Persone adatte al ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="268"/>
        <source>Open person</source>
        <translation>Apri persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="269"/>
        <source>Propose...</source>
        <translation>Proponi...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="272"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="273"/>
        <source>Partner organisations</source>
        <translation>Organizzazioni partner</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="276"/>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="277"/>
        <source>Premises, land and machinery nearby</source>
        <translation>Locali, terreni e macchinari vicini</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="280"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="281"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="293"/>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="283"/>
        <source>Next step...</source>
        <translation>Passo successivo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="290"/>
        <source>Roles and people</source>
        <translation>Ruoli e persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="291"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="292"/>
        <source>Resources nearby</source>
        <translation>Risorse vicine</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="320"/>
        <source>No role recorded: add the roles the project still needs filled.</source>
        <translation>Nessun ruolo: aggiungi i ruoli che il progetto deve ancora coprire.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="333"/>
        <source>No partner organisation fits this project&apos;s sector or chain.</source>
        <translation>Nessuna organizzazione partner corrisponde al settore o alla filiera del progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="337"/>
        <source>No free premises, land or machinery fits.</source>
        <translation>Nessun locale, terreno o macchinario libero è adatto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="346"/>
        <source>No proposal yet: choose a role, a person, and “Propose”.</source>
        <translation>Nessuna proposta: scegli un ruolo, una persona e “Proponi”.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="357"/>
        <source>Choose a role to see who fits it.</source>
        <translation>Scegli un ruolo per vedere chi è adatto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="359"/>
        <source>Every post of this role is filled.</source>
        <translation>Tutti i posti di questo ruolo sono coperti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="363"/>
        <source>Nobody who agreed to be proposed has these skills. Try other words.</source>
        <translation>Nessuno di chi ha accettato di essere proposto ha queste competenze. Prova altre parole.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="400"/>
        <source>New role</source>
        <translation>Nuovo ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="433"/>
        <source>Remove the role %1 and its proposals?</source>
        <translation>Eliminare il ruolo %1 e le sue proposte?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="441"/>
        <source>Not removed</source>
        <translation>Non eliminato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/matches_panels.py" line="462"/>
        <location filename="../../deskapp/ui/matches_panels.py" line="476"/>
        <source>Proposal: %1</source>
        <translation>Proposta: %1</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="149"/>
        <source>SIREN (9 digits) or SIRET (14 digits)</source>
        <translation>SIREN (9 cifre) o SIRET (14 cifre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="151"/>
        <source>Partita IVA (11 digits)</source>
        <translation>Partita IVA (11 cifre)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="163"/>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="166"/>
        <source>The project&apos;s stage: click to move it to another</source>
        <translation>La fase del progetto: fai clic per spostarlo in un&apos;altra</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="168"/>
        <source>Move to stage</source>
        <translation>Sposta di fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="175"/>
        <source>Log activity...</source>
        <translation>Registra attività...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="179"/>
        <location filename="../../deskapp/ui/project_page.py" line="329"/>
        <source>Business plan</source>
        <translation>Piano d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="184"/>
        <source>The business plan: sections, financial model, versions, document</source>
        <translation>Il piano d&apos;impresa: sezioni, modello finanziario, versioni, documento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="191"/>
        <source>Summary (PDF)...</source>
        <translation>Sintesi (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="192"/>
        <source>Ctrl+P: preview, print or save the summary</source>
        <translation>Ctrl+P: anteprima, stampa o salvataggio della sintesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="204"/>
        <location filename="../../deskapp/ui/project_page.py" line="207"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="260"/>
        <source>Save the project to add members, checklist and funding.</source>
        <translation>Salva il progetto per aggiungere soci, checklist e finanziamenti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="261"/>
        <source>Members</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="297"/>
        <source>Members and capital</source>
        <translation>Soci e capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="298"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="299"/>
        <source>Stage history</source>
        <translation>Storico fasi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="300"/>
        <source>Funding</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="301"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="302"/>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="303"/>
        <source>Matches</source>
        <translation>Abbinamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="316"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="321"/>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="322"/>
        <source>Opens the list of stages to move the project to.</source>
        <translation>Apre l&apos;elenco delle fasi in cui spostare il progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="343"/>
        <source>Business plan: not started</source>
        <translation>Piano d&apos;impresa: non iniziato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="346"/>
        <source>Business plan: draft</source>
        <translation>Piano d&apos;impresa: bozza</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/project_page.py" line="347"/>
        <source>Business plan: draft, %n version(s) frozen</source>
        <translation>
            <numerusform>Piano d&apos;impresa: bozza, %n versione congelata</numerusform>
            <numerusform>Piano d&apos;impresa: bozza, %n versioni congelate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="370"/>
        <source>Only for a workers buyout or a spin-off.</source>
        <translation>Solo per un workers buyout o uno spin-off.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="415"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non salvato: correggi i campi con un messaggio sotto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="427"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="443"/>
        <source>The saved version is shown; your changes were dropped.</source>
        <translation>È mostrata la versione salvata; le tue modifiche sono state scartate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="446"/>
        <source>Not saved: someone else saved this project first.</source>
        <translation>Non salvato: qualcun altro ha salvato prima questo progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_page.py" line="487"/>
        <source>Project summary</source>
        <translation>Sintesi del progetto</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="146"/>
        <source>Choose a project</source>
        <translation>Scegli un progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="147"/>
        <source>Words of the title or origin company...</source>
        <translation>Parole del titolo o dell&apos;azienda di origine...</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="247"/>
        <source>Words of the title or origin company...</source>
        <translation>Parole del titolo o dell&apos;azienda di origine...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="250"/>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="254"/>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="255"/>
        <source>Any stage</source>
        <translation>Qualsiasi fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="259"/>
        <source>Any lead operator</source>
        <translation>Qualsiasi operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="263"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="300"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="254"/>
        <location filename="../../deskapp/ui/projects_page.py" line="301"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="255"/>
        <location filename="../../deskapp/ui/projects_page.py" line="302"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="250"/>
        <location filename="../../deskapp/ui/projects_page.py" line="303"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="247"/>
        <source>Search projects</source>
        <translation>Cerca progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="256"/>
        <source>Sector code, e.g. 25</source>
        <translation>Codice settore, ad es. 25</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="256"/>
        <source>Sector code</source>
        <translation>Codice settore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="261"/>
        <location filename="../../deskapp/ui/projects_page.py" line="304"/>
        <source>Lead operator</source>
        <translation>Operatore di riferimento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="305"/>
        <source>Members</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="306"/>
        <source>Next follow-up</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="309"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="315"/>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="316"/>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="382"/>
        <source>No project matches. Change the filters, or start a new project.</source>
        <translation>Nessun progetto corrisponde. Cambia i filtri o avvia un nuovo progetto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="386"/>
        <source>%Ln projects</source>
        <translation>
            <numerusform>%Ln progetto</numerusform>
            <numerusform>%Ln progetti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="405"/>
        <source>No stage that way: use the Menu key, Move to.</source>
        <translation>Nessuna fase in quella direzione: usa il tasto Menu, Sposta in.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="425"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="426"/>
        <source>Move to</source>
        <translation>Sposta in</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="461"/>
        <source>%1 moved to %2.</source>
        <translation>%1 spostato in %2.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="79"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="80"/>
        <source>Close without saving what you typed?</source>
        <translation>Chiudere senza salvare quello che hai scritto?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/record_dialog.py" line="97"/>
        <source>Not saved: correct the fields with a message under them.</source>
        <translation>Non salvato: correggi i campi con un messaggio sotto.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="118"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="119"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="120"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="120"/>
        <source>Social security no.</source>
        <translation>N. sicurezza sociale (NIR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="121"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="122"/>
        <source>Employment status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="123"/>
        <source>First contact</source>
        <translation>Primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="231"/>
        <source>(anonymised person no. %1)</source>
        <translation>(persona anonimizzata n. %1)</translation>
    </message>
</context>
<context>
    <name>RegistryPlaceDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="52"/>
        <source>Where is the registry?</source>
        <translation>Dove si trova il registro?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="53"/>
        <source>On this computer, in a new file (one desk, one PC)</source>
        <translation>Su questo computer, in un nuovo file (uno sportello, un PC)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="55"/>
        <source>On a shared server (several PCs, or a whole region, on one registry)</source>
        <translation>Su un server condiviso (più PC, o un&apos;intera regione, su un solo registro)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="61"/>
        <source>The file: %1</source>
        <translation>Il file: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="69"/>
        <source>The address the server&apos;s administrator gave you, without the password: deskapp asks for it when the server wants one (or finds it in PGPASSWORD or ~/.pgpass). Add ?sslmode=verify-full for a connection encrypted and checked.</source>
        <translation>L&apos;indirizzo che ti ha dato l&apos;amministratore del server, senza la password: deskapp la chiede quando il server la vuole (o la trova in PGPASSWORD o in ~/.pgpass). Aggiungi ?sslmode=verify-full per una connessione cifrata e verificata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="77"/>
        <source>Check the connection</source>
        <translation>Verifica la connessione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="86"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="94"/>
        <source>There is no registry on this computer yet. Where should deskapp keep it?</source>
        <translation>Su questo computer non c&apos;è ancora un registro. Dove deve conservarlo deskapp?</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="121"/>
        <source>Type the server&apos;s address, postgresql://...</source>
        <translation>Scrivi l&apos;indirizzo del server, postgresql://...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="127"/>
        <source>The address holds a password: leave it out. deskapp asks for it when the server wants one, and never writes it down.</source>
        <translation>L&apos;indirizzo contiene una password: toglila. deskapp la chiede quando il server la vuole, e non la scrive mai da nessuna parte.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="134"/>
        <source>This is not the address of a PostgreSQL server: it starts with postgresql://, as in postgresql://user@host:5432/database.</source>
        <translation>Questo non è l&apos;indirizzo di un server PostgreSQL: comincia con postgresql://, come in postgresql://utente@host:5432/database.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="150"/>
        <source>a deskapp registry</source>
        <translation>un registro di deskapp</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="152"/>
        <source>an empty database, to be set up now</source>
        <translation>un database vuoto, da preparare ora</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="157"/>
        <source>Connected to %1, database %2: %3.</source>
        <translation>Connesso a %1, database %2: %3.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="249"/>
        <location filename="../../deskapp/reports/dossier.py" line="470"/>
        <source>Person dossier</source>
        <translation>Fascicolo della persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="252"/>
        <source>Identity</source>
        <translation>Anagrafica</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="270"/>
        <source>Contacts</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="281"/>
        <source>Work situation</source>
        <translation>Situazione lavorativa</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="302"/>
        <location filename="../../deskapp/reports/dossier.py" line="445"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="395"/>
        <location filename="../../deskapp/reports/project_summary.py" line="92"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="307"/>
        <source>Special categories (optional)</source>
        <translation>Categorie particolari (facoltative)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="314"/>
        <location filename="../../deskapp/services/indicators.py" line="110"/>
        <source>Not asked</source>
        <translation>Non chiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="320"/>
        <source>Consent record</source>
        <translation>Registro dei consensi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="326"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="329"/>
        <source>Given on</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="330"/>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="331"/>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
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
        <translation>Nessun dato registrato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="344"/>
        <source>Needs assessments</source>
        <translation>Rilevazioni dei bisogni</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="351"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="352"/>
        <location filename="../../deskapp/reports/project_summary.py" line="165"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="353"/>
        <source>Needs and outcome</source>
        <translation>Bisogni ed esito</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="354"/>
        <location filename="../../deskapp/reports/project_summary.py" line="166"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="372"/>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="401"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="407"/>
        <location filename="../../deskapp/reports/project_summary.py" line="163"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="408"/>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="409"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="410"/>
        <location filename="../../deskapp/reports/dossier.py" line="441"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="411"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="259"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="412"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="434"/>
        <source>Projects and roles</source>
        <translation>Progetti e ruoli</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="442"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/dossier.py" line="443"/>
        <location filename="../../deskapp/reports/project_summary.py" line="86"/>
        <location filename="../../deskapp/reports/project_summary.py" line="164"/>
        <location filename="../../deskapp/reports/project_summary.py" line="188"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="62"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="632"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="682"/>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="63"/>
        <source>Variable costs</source>
        <translation>Costi variabili</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="64"/>
        <source>Contribution margin</source>
        <translation>Margine di contribuzione</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="65"/>
        <source>Personnel</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="66"/>
        <source>Other fixed costs</source>
        <translation>Altri costi fissi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="67"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="636"/>
        <source>EBITDA</source>
        <translation>MOL (EBITDA)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="68"/>
        <source>Depreciation</source>
        <translation>Ammortamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="69"/>
        <source>EBIT</source>
        <translation>Reddito operativo (EBIT)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="70"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="326"/>
        <source>Interest</source>
        <translation>Interessi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="71"/>
        <source>Result before tax</source>
        <translation>Risultato ante imposte</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="72"/>
        <source>Taxes</source>
        <translation>Imposte</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="73"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="640"/>
        <source>Net result</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="74"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="684"/>
        <source>Break-even revenue</source>
        <translation>Ricavi di pareggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="111"/>
        <source>Unsaved draft, as on screen on {date}</source>
        <translation>Bozza non salvata, come sullo schermo il {date}</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="119"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="170"/>
        <source>Business plan</source>
        <translation>Piano d&apos;impresa</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="175"/>
        <source>Kind of project</source>
        <translation>Tipo di progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="177"/>
        <source>Planned legal form</source>
        <translation>Forma giuridica prevista</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="189"/>
        <source>Origin company</source>
        <translation>Azienda di origine</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="193"/>
        <source>Years of the plan</source>
        <translation>Anni del piano</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="197"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="198"/>
        <source>Working draft</source>
        <translation>Bozza di lavoro</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="201"/>
        <source>Prepared with</source>
        <translation>Redatto con</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="211"/>
        <source>Amounts in euros. Figures computed by deskapp from the plan&apos;s assumptions; the conventions are listed at the end.</source>
        <translation>Importi in euro. Cifre calcolate da deskapp dalle ipotesi del piano; i criteri sono elencati alla fine.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="222"/>
        <source>Points to check</source>
        <translation>Punti da verificare</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="234"/>
        <source>Not written yet.</source>
        <translation>Non ancora scritto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="250"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="251"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="324"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="252"/>
        <source>Useful life (years)</source>
        <translation>Vita utile (anni)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="253"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="586"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="260"/>
        <source>None planned.</source>
        <translation>Nessuno previsto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="289"/>
        <source>Debt service coverage</source>
        <translation>Copertura del servizio del debito</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="299"/>
        <source>No loans in the plan.</source>
        <translation>Nessun finanziamento nel piano.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="302"/>
        <source>%1: %2 at %3% a year</source>
        <translation>%1: %2 al %3% annuo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="325"/>
        <source>Owed at start</source>
        <translation>Debito iniziale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="327"/>
        <source>Principal</source>
        <translation>Quota capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="328"/>
        <source>Instalment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="329"/>
        <source>Owed at end</source>
        <translation>Debito residuo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="344"/>
        <source>Pessimistic: sales %1%, costs %2%. Optimistic: sales %3%, costs %4%.</source>
        <translation>Pessimistico: vendite %1%, costi %2%. Ottimistico: vendite %3%, costi %4%.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="364"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="408"/>
        <source>Met</source>
        <translation>Rispettato</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="366"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="410"/>
        <source>Not met</source>
        <translation>Non rispettato</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="374"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="403"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="375"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="404"/>
        <source>Condition</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="386"/>
        <source>CFI can put in at most %1 (%2 times the capital paid in).</source>
        <translation>CFI può apportare al massimo %1 (%2 volte il capitale versato).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="423"/>
        <source>The employee-members are the worker-members. The votes are counted one per member (one person, one vote) among the members who pledge capital and the worker-members.</source>
        <translation>I soci lavoratori della SCOP sono i soci lavoratori del progetto. I voti sono contati uno per socio (una testa, un voto) tra i soci che sottoscrivono capitale e i soci lavoratori.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="436"/>
        <source>How the figures are computed</source>
        <translation>Come sono calcolate le cifre</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="443"/>
        <source>Amounts are rounded to the cent line by line; totals are sums of the rounded lines.</source>
        <translation>Gli importi sono arrotondati al centesimo riga per riga; i totali sono somme delle righe arrotondate.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="447"/>
        <source>Loans are repaid in yearly constant instalments (French amortisation) after the grace years, in which only interest is paid.</source>
        <translation>I finanziamenti sono rimborsati a rate annue costanti (ammortamento alla francese) dopo gli anni di preammortamento, in cui si pagano solo gli interessi.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="452"/>
        <source>Depreciation is straight-line over each investment&apos;s useful life.</source>
        <translation>Gli ammortamenti sono a quote costanti sulla vita utile di ciascun investimento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="455"/>
        <source>Taxes are the tax rate on a positive result before tax, year by year, with no losses carried forward.</source>
        <translation>Le imposte sono l&apos;aliquota applicata al risultato ante imposte positivo, anno per anno, senza riporto delle perdite.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="460"/>
        <source>All sources of funds arrive in the first year; the starting working capital is used in the first year.</source>
        <translation>Tutte le fonti di finanziamento arrivano nel primo anno; il capitale circolante iniziale è impiegato nel primo anno.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="465"/>
        <source>Break-even revenue: the revenue at which the result before tax is nil with the same cost structure. Debt service coverage: (EBITDA - taxes) / (interest + principal).</source>
        <translation>Ricavi di pareggio: i ricavi ai quali il risultato ante imposte è nullo con la stessa struttura dei costi. Copertura del servizio del debito: (MOL - imposte) / (interessi + quota capitale).</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="515"/>
        <source>of which ARCE</source>
        <translation>di cui ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="545"/>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="546"/>
        <location filename="../../deskapp/reports/dossier.py" line="444"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="547"/>
        <source>Capital pledged</source>
        <translation>Capitale sottoscritto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="548"/>
        <source>Paid in</source>
        <translation>Versato</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="512"/>
        <source>of which TFR</source>
        <translation>di cui TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="181"/>
        <location filename="../../deskapp/reports/project_summary.py" line="88"/>
        <source>Sector of activity</source>
        <translation>Settore di attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="513"/>
        <source>of which NASpI</source>
        <translation>di cui NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="562"/>
        <source>loan</source>
        <translation>finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="564"/>
        <source>Members&apos; capital</source>
        <translation>Capitale dei soci</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="72"/>
        <source>of which from TFR</source>
        <translation>di cui da TFR</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="73"/>
        <source>of which from NASpI advance</source>
        <translation>di cui da anticipo NASpI</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/plan_model.py" line="75"/>
        <source>of which from ARCE</source>
        <translation>di cui da ARCE</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="574"/>
        <source>Total sources</source>
        <translation>Totale fonti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="240"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="575"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="600"/>
        <source>Investments</source>
        <translation>Investimenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="80"/>
        <source>Proposers and team</source>
        <translation>Proponenti e squadra</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="81"/>
        <source>The idea, products and services</source>
        <translation>L&apos;idea, i prodotti e i servizi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="82"/>
        <source>Market and competitors</source>
        <translation>Mercato e concorrenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="83"/>
        <source>Marketing and sales</source>
        <translation>Marketing e vendite</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="84"/>
        <source>Organisation and premises</source>
        <translation>Organizzazione e sede</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="85"/>
        <source>SWOT analysis</source>
        <translation>Analisi SWOT</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="262"/>
        <source>Sources and uses of funds</source>
        <translation>Fonti e impieghi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="266"/>
        <source>Profit and loss</source>
        <translation>Conto economico</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="279"/>
        <source>Cash flow</source>
        <translation>Flussi di cassa</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="297"/>
        <source>Loan repayment schedules</source>
        <translation>Piani di ammortamento dei finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="339"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="361"/>
        <source>CFI entry conditions</source>
        <translation>Requisiti per l&apos;intervento di CFI</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="399"/>
        <source>SCOP conditions</source>
        <translation>Requisiti della SCOP</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="576"/>
        <source>Starting working capital</source>
        <translation>Capitale circolante iniziale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="577"/>
        <source>Total uses</source>
        <translation>Totale impieghi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="579"/>
        <source>Sources less uses</source>
        <translation>Fonti meno impieghi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="594"/>
        <source>Cash at start</source>
        <translation>Cassa iniziale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="595"/>
        <source>Funds received</source>
        <translation>Finanziamenti ricevuti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="597"/>
        <source>Net result + depreciation</source>
        <translation>Utile netto + ammortamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="602"/>
        <source>Working capital</source>
        <translation>Capitale circolante</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="606"/>
        <source>Loan principal repaid</source>
        <translation>Quote capitale rimborsate</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="609"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="644"/>
        <source>Cash at end</source>
        <translation>Cassa finale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="617"/>
        <source>Pessimistic</source>
        <translation>Pessimistico</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="618"/>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="619"/>
        <source>Optimistic</source>
        <translation>Ottimistico</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="683"/>
        <source>Total costs</source>
        <translation>Costi totali</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/pdf.py" line="284"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/pdf.py" line="285"/>
        <source>Generated on %1</source>
        <translation>Generato il %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="77"/>
        <source>Project summary</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="82"/>
        <source>The project</source>
        <translation>Il progetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="120"/>
        <source>Members and capital</source>
        <translation>Soci e capitale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="246"/>
        <location filename="../../deskapp/reports/business_plan_report.py" line="533"/>
        <location filename="../../deskapp/reports/project_summary.py" line="136"/>
        <location filename="../../deskapp/services/placements.py" line="80"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="137"/>
        <source>%1 people</source>
        <translation>%1 persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="146"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="159"/>
        <source>Stage history</source>
        <translation>Storico delle fasi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="184"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="189"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="190"/>
        <source>Done on</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="206"/>
        <source>Funding applications</source>
        <translation>Domande di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="238"/>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="252"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/project_summary.py" line="253"/>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="187"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="345"/>
        <source>Coordinator report</source>
        <translation>Report per il coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="106"/>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="70"/>
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="103"/>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="105"/>
        <source>Region: %1</source>
        <translation>Regione: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="111"/>
        <source>Every figure is shown: no count is hidden.</source>
        <translation>Tutti i valori sono mostrati: nessun conteggio è nascosto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="114"/>
        <source>Counts of people below %1 are hidden, and so are as many other cells as it takes that none of them can be worked out from the totals; every hidden cell reads &apos;%2&apos;.</source>
        <translation>I conteggi di persone inferiori a %1 sono nascosti, e con essi tante altre celle quante servono perché nessuno si possa ricavare dai totali; ogni cella nascosta riporta &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="127"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="128"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="129"/>
        <source>Counts hidden below</source>
        <translation>Conteggi nascosti sotto</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="130"/>
        <source>Made on</source>
        <translation>Redatto il</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="131"/>
        <source>Participants (each counted once)</source>
        <translation>Partecipanti (ciascuno contato una volta)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="132"/>
        <source>none (every figure shown)</source>
        <translation>nessuno (tutti i valori mostrati)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="208"/>
        <source>Participants (each counted once): %1</source>
        <translation>Partecipanti (ciascuno contato una volta): %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="250"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="251"/>
        <source>Employment</source>
        <translation>Occupazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="253"/>
        <source>Disadvantage</source>
        <translation>Svantaggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="254"/>
        <source>New by month</source>
        <translation>Nuovi per mese</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="256"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="257"/>
        <source>Stage movements</source>
        <translation>Passaggi di fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="260"/>
        <source>Funding</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="261"/>
        <source>In employment</source>
        <translation>Occupati</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="263"/>
        <source>About this report</source>
        <translation>Informazioni su questo report</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="265"/>
        <source>Participants, each under a pseudonym drawn for this file only</source>
        <translation>Partecipanti, ciascuno con uno pseudonimo estratto solo per questo file</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="273"/>
        <source>The %1 participants are listed in the file %2, beside this workbook, one a line, with the columns below: more than %3 rows are too many for a sheet.</source>
        <translation>I %1 partecipanti sono elencati nel file %2, accanto a questa cartella di lavoro, uno per riga, con le colonne qui sotto: più di %3 righe sono troppe per un foglio.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="445"/>
        <source>Period start</source>
        <translation>Inizio del periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="446"/>
        <source>Period end</source>
        <translation>Fine del periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="264"/>
        <location filename="../../deskapp/services/indicators.py" line="437"/>
        <location filename="../../deskapp/services/placements.py" line="75"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="389"/>
        <source>Pseudonym</source>
        <translation>Pseudonimo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="249"/>
        <location filename="../../deskapp/reports/indicators_report.py" line="390"/>
        <location filename="../../deskapp/services/indicators.py" line="443"/>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="391"/>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="392"/>
        <location filename="../../deskapp/services/indicators.py" line="464"/>
        <source>Employment status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="393"/>
        <source>Education (ISCED group)</source>
        <translation>Istruzione (gruppo ISCED)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="394"/>
        <source>First contact (month)</source>
        <translation>Primo contatto (mese)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="94"/>
        <location filename="../../deskapp/services/placements.py" line="32"/>
        <source>Under 25</source>
        <translation>Meno di 25 anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="95"/>
        <location filename="../../deskapp/services/placements.py" line="33"/>
        <source>25 to 54</source>
        <translation>Da 25 a 54 anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="96"/>
        <location filename="../../deskapp/services/placements.py" line="34"/>
        <source>Over 54</source>
        <translation>Oltre 54 anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="99"/>
        <source>ISCED 0-2 (up to lower secondary)</source>
        <translation>ISCED 0-2 (fino alla secondaria inferiore)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="100"/>
        <source>ISCED 3-4 (upper and post-secondary)</source>
        <translation>ISCED 3-4 (secondaria superiore e post-secondaria)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="101"/>
        <source>ISCED 5-8 (tertiary)</source>
        <translation>ISCED 5-8 (terziaria)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="104"/>
        <source>6 months</source>
        <translation>6 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="105"/>
        <source>12 months</source>
        <translation>12 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="106"/>
        <source>24 months</source>
        <translation>24 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="107"/>
        <source>36 months</source>
        <translation>36 mesi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="109"/>
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="117"/>
        <source>Participants: the people of the desks in scope first contacted, or served, within the period, each counted once.</source>
        <translation>Partecipanti: le persone degli sportelli dell&apos;ambito contattate per la prima volta, o servite, nel periodo, ciascuna contata una volta.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="122"/>
        <source>Jobs created: the promoters and worker-members of the enterprises created, each person once per enterprise, plus the employees each records besides its members. Financing members and mentors are not jobs. Members and employees as recorded when the report is made.</source>
        <translation>Posti di lavoro creati: i promotori e i soci lavoratori delle imprese create, ogni persona una volta per impresa, più i dipendenti non soci che ciascuna registra. I soci finanziatori e i mentori non sono posti di lavoro. Soci e dipendenti come registrati al momento del report.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="440"/>
        <source>Participants by gender</source>
        <translation>Partecipanti per genere</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="450"/>
        <source>Participants by age at entry</source>
        <translation>Partecipanti per età all&apos;ingresso</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="453"/>
        <source>Age at first contact</source>
        <translation>Età al primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="454"/>
        <source>Age in full years on the day of first contact.</source>
        <translation>Età in anni compiuti il giorno del primo contatto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="461"/>
        <source>Participants by employment status</source>
        <translation>Partecipanti per condizione occupazionale</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="471"/>
        <source>Participants by education (ISCED)</source>
        <translation>Partecipanti per titolo di studio (ISCED)</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="252"/>
        <location filename="../../deskapp/services/indicators.py" line="474"/>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="482"/>
        <source>Participants by disadvantage</source>
        <translation>Partecipanti per condizione di svantaggio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="484"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="485"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="486"/>
        <source>Declined to answer</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="490"/>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="491"/>
        <source>Each question&apos;s answers add up to the participants.</source>
        <translation>Per ogni domanda, le risposte sommate danno il numero dei partecipanti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="528"/>
        <source>New participants by month</source>
        <translation>Nuovi partecipanti per mese</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="529"/>
        <source>New participants</source>
        <translation>Nuovi partecipanti</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="531"/>
        <source>Month of first contact</source>
        <translation>Mese del primo contatto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="553"/>
        <source>Services delivered</source>
        <translation>Servizi erogati</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="255"/>
        <location filename="../../deskapp/services/indicators.py" line="554"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="554"/>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="556"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="558"/>
        <source>Services dated in the period at the desks in scope, with their hours.</source>
        <translation>Servizi con data nel periodo presso gli sportelli dell&apos;ambito, con le loro ore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="586"/>
        <source>Projects by stage and kind</source>
        <translation>Progetti per fase e tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="589"/>
        <source>Stage on %2</source>
        <translation>Fase al %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="591"/>
        <source>Projects opened by %2, each in the stage it had reached at the end of that day (from the stage history).</source>
        <translation>Progetti aperti entro il %2, ciascuno nella fase raggiunta alla fine di quel giorno (dallo storico delle fasi).</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="616"/>
        <source>Stage movements in the period</source>
        <translation>Passaggi di fase nel periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="618"/>
        <source>Projects moved there</source>
        <translation>Progetti arrivati nella fase</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="619"/>
        <source>Moves</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="622"/>
        <source>Stage reached</source>
        <translation>Fase raggiunta</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="624"/>
        <source>Moves dated in the period; opening a project is not a move. Each project counts once per stage it moved to, however many times; the moves column counts every move.</source>
        <translation>Passaggi con data nel periodo; l&apos;apertura di un progetto non è un passaggio. Ogni progetto conta una volta per ciascuna fase raggiunta, anche se più volte; la colonna dei passaggi li conta tutti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/indicators_report.py" line="258"/>
        <location filename="../../deskapp/services/indicators.py" line="681"/>
        <source>Enterprises</source>
        <translation>Imprese</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="682"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="685"/>
        <source>Enterprises supported: projects with a service or a stage move in the period.</source>
        <translation>Imprese sostenute: progetti con un servizio o un passaggio di fase nel periodo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="689"/>
        <source>Enterprises created: start date within the period, follow-up or started reached by %2.</source>
        <translation>Imprese create: data di avvio nel periodo, fase Accompagnamento o Avviata raggiunta entro il %2.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="698"/>
        <source>Enterprises supported</source>
        <translation>Imprese sostenute</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="701"/>
        <source>Enterprises created</source>
        <translation>Imprese create</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="705"/>
        <source>Jobs created (members and employees of those enterprises)</source>
        <translation>Posti di lavoro creati (soci e dipendenti di quelle imprese)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="746"/>
        <source>Started at least that long before %2</source>
        <translation>Avviate almeno tanti mesi prima del %2</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="747"/>
        <source>Still active at the period&apos;s end</source>
        <translation>Ancora attive a fine periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="748"/>
        <source>Active that long after starting</source>
        <translation>Attive a tanti mesi dall&apos;avvio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="751"/>
        <source>Time since the start</source>
        <translation>Tempo dall&apos;avvio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="753"/>
        <source>Enterprises started (start date, follow-up or started reached by %2) at least 6, 12, 24 or 36 months before %2. Active: not abandoned, on %2 or on the day 6, 12, 24 or 36 months after the start.</source>
        <translation>Imprese avviate (data di avvio, fase Accompagnamento o Avviata raggiunta entro il %2) almeno 6, 12, 24 o 36 mesi prima del %2. Attiva: non abbandonata, al %2 o nel giorno a 6, 12, 24 o 36 mesi dall&apos;avvio.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="797"/>
        <source>Funding by instrument (EUR)</source>
        <translation>Finanziamenti per strumento (EUR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="799"/>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="800"/>
        <source>Granted</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="801"/>
        <source>Disbursed</source>
        <translation>Erogato</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="804"/>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="806"/>
        <source>Requested by submission date, granted by decision date, disbursed by disbursement date, each within the period.</source>
        <translation>Richiesto per data di presentazione, concesso per data di decisione, erogato per data di erogazione, ciascuno nel periodo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/indicators.py" line="744"/>
        <source>Enterprises started, still active after</source>
        <translation>Imprese avviate, ancora attive dopo</translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/business_plan_report.py" line="626"/>
        <location filename="../../deskapp/ui/plan_statements.py" line="145"/>
        <source>{scenario}: {line}</source>
        <translation>{scenario}: {line}</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="25"/>
        <source>Participants in employment after the service</source>
        <translation>Partecipanti occupati dopo il servizio</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="26"/>
        <source>People of the desks in scope recorded as hired, for an opening or a project&apos;s role, on a day within the period; each person once. Age at first contact.</source>
        <translation>Persone degli sportelli considerati registrate come assunte, per un&apos;offerta di lavoro o un ruolo di progetto, in un giorno del periodo; ogni persona una volta. Età al primo contatto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/services/placements.py" line="77"/>
        <source>Gender and age at first contact</source>
        <translation>Genere ed età al primo contatto</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="63"/>
        <source>Export the registry</source>
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="67"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="68"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="69"/>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="72"/>
        <source>Export to a file...</source>
        <translation>Esporta in un file...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="77"/>
        <source>Semicolon (;): Excel in Italian or French</source>
        <translation>Punto e virgola (;): Excel in italiano o francese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="78"/>
        <source>Comma (,): Excel in English, other programs</source>
        <translation>Virgola (,): Excel in inglese, altri programmi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="82"/>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="83"/>
        <source>CSV separator</source>
        <translation>Separatore CSV</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="86"/>
        <source>An Excel workbook (.xlsx) or a CSV file. Exports contain personal data: keep the file safe. Every export is recorded in the audit trail.</source>
        <translation>Una cartella di Excel (.xlsx) o un file CSV. Le esportazioni contengono dati personali: conserva il file in modo sicuro. Ogni esportazione viene registrata.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="94"/>
        <source>Import people</source>
        <translation>Importa persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="98"/>
        <source>From an .xlsx or .csv file with one row per person (same columns as the export). Every row is checked first: if any row has an error, nothing is imported and the errors are listed by line.</source>
        <translation>Da un file .xlsx o .csv con una riga per persona (le stesse colonne dell&apos;esportazione). Ogni riga viene controllata prima: se una riga ha un errore non si importa nulla e gli errori sono elencati per riga.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="104"/>
        <source>Import from a file...</source>
        <translation>Importa da un file...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="121"/>
        <source>Reports, exports and imports are for coordinators and administrators.</source>
        <translation>Report, esportazioni e importazioni sono riservati a coordinatori e amministratori.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="139"/>
        <source>Coordinator report (EU indicators)</source>
        <translation>Report per il coordinamento (indicatori UE)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="143"/>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="144"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="145"/>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="146"/>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="147"/>
        <source>Other period</source>
        <translation>Altro periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="154"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="156"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="164"/>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="168"/>
        <source>Region: %1</source>
        <translation>Regione: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="171"/>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="174"/>
        <source>Show every figure</source>
        <translation>Mostra tutti i valori</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="182"/>
        <source>Preview (PDF)...</source>
        <translation>Anteprima (PDF)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="184"/>
        <source>Export figures (xlsx, CSV)...</source>
        <translation>Esporta i dati (xlsx, CSV)...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="190"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="191"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="192"/>
        <source>Hide breakdown cells below</source>
        <translation>Nascondi le celle sotto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="193"/>
        <source>Document language</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="223"/>
        <source>Write both dates of the period as DD/MM/YYYY.</source>
        <translation>Scrivi le due date del periodo come GG/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="226"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="249"/>
        <source>Coordinator report</source>
        <translation>Report per il coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="273"/>
        <source>The participants are listed one a line in %1, beside the workbook: too many rows for a sheet. Keep the two files together.</source>
        <translation>I partecipanti sono elencati uno per riga in %1, accanto alla cartella di Excel: troppe righe per un foglio. Tieni insieme i due file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="287"/>
        <location filename="../../deskapp/ui/reports_page.py" line="323"/>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="289"/>
        <location filename="../../deskapp/ui/reports_page.py" line="325"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Cartella di Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="297"/>
        <location filename="../../deskapp/ui/reports_page.py" line="335"/>
        <source>Exporting...</source>
        <translation>Esportazione in corso...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="268"/>
        <source>Figures of %Ln participants written to %1.</source>
        <translation>
            <numerusform>Dati di %Ln partecipante scritti in %1.</numerusform>
            <numerusform>Dati di %Ln partecipanti scritti in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="345"/>
        <source>%Ln rows exported to %1.</source>
        <translation>
            <numerusform>%Ln riga esportata in %1.</numerusform>
            <numerusform>%Ln righe esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="357"/>
        <source>Import people from</source>
        <translation>Importa persone da</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="359"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="368"/>
        <source>Importing...</source>
        <translation>Importazione in corso...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="378"/>
        <source>%Ln people imported.</source>
        <translation>
            <numerusform>%Ln persona importata.</numerusform>
            <numerusform>%Ln persone importate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="381"/>
        <source>%Ln people imported, with %1.</source>
        <translation>
            <numerusform>%Ln persona importata, con %1.</numerusform>
            <numerusform>%Ln persone importate, con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="382"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avviso</numerusform>
            <numerusform>%Ln avvisi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="395"/>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="397"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="405"/>
        <source>... and %Ln more rows:</source>
        <translation>
            <numerusform>... e %Ln altra riga:</numerusform>
            <numerusform>... e altre %Ln righe:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/reports_page.py" line="407"/>
        <source>%Ln rows, %1: %2</source>
        <translation>
            <numerusform>%Ln riga, %1: %2</numerusform>
            <numerusform>%Ln righe, %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/reports_page.py" line="425"/>
        <source>Not done</source>
        <translation>Non fatto</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="50"/>
        <source>Name, owner, municipality...</source>
        <translation>Nome, proprietario, comune...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="52"/>
        <location filename="../../deskapp/ui/resources_page.py" line="91"/>
        <source>All desks</source>
        <translation>Tutti gli sportelli</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="53"/>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="55"/>
        <source>Any availability</source>
        <translation>Qualsiasi disponibilità</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="59"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="53"/>
        <location filename="../../deskapp/ui/resources_page.py" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="61"/>
        <location filename="../../deskapp/ui/resources_page.py" line="99"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="62"/>
        <source>Size (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="55"/>
        <location filename="../../deskapp/ui/resources_page.py" line="63"/>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="64"/>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="52"/>
        <location filename="../../deskapp/ui/resources_page.py" line="65"/>
        <location filename="../../deskapp/ui/resources_page.py" line="91"/>
        <location filename="../../deskapp/ui/resources_page.py" line="100"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="50"/>
        <source>Search resources</source>
        <translation>Cerca risorse</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="66"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="71"/>
        <source>New resource...</source>
        <translation>Nuova risorsa...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="72"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="73"/>
        <source>Link to a project...</source>
        <translation>Collega a un progetto...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="88"/>
        <source>Skill and place, e.g. “welding Sestri”</source>
        <translation>Competenza e luogo, es. “saldatura Sestri”</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="89"/>
        <source>Search skills</source>
        <translation>Cerca competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="94"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="95"/>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="96"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="97"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="98"/>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="103"/>
        <source>People with the skill</source>
        <translation>Persone con la competenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="105"/>
        <source>Open person</source>
        <translation>Apri persona</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="106"/>
        <source>Add to a project...</source>
        <translation>Aggiungi a un progetto...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="69"/>
        <location filename="../../deskapp/ui/resources_page.py" line="119"/>
        <source>Premises, land and machinery</source>
        <translation>Locali, terreni e macchinari</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="120"/>
        <source>Skills of the people</source>
        <translation>Competenze delle persone</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="122"/>
        <source>Funding instruments</source>
        <translation>Strumenti di finanziamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="176"/>
        <source>No resource matches. Record one with “New resource”.</source>
        <translation>Nessuna risorsa corrisponde. Registrane una con “Nuova risorsa”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/resources_page.py" line="178"/>
        <source>%Ln resources</source>
        <translation>
            <numerusform>%Ln risorsa</numerusform>
            <numerusform>%Ln risorse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="184"/>
        <source>Type a skill (and a place) to find who has it.</source>
        <translation>Scrivi una competenza (e un luogo) per trovare chi ce l&apos;ha.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="207"/>
        <source>Nobody with this skill here. Try fewer words.</source>
        <translation>Nessuno con questa competenza. Prova con meno parole.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/resources_page.py" line="209"/>
        <source>%Ln people found</source>
        <translation>
            <numerusform>%Ln persona trovata</numerusform>
            <numerusform>%Ln persone trovate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="212"/>
        <source>More than %1 found: the first %1 are shown; add a word or a place.</source>
        <translation>Più di %1 trovate: sono mostrate le prime %1; aggiungi una parola o un luogo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="238"/>
        <source>New resource</source>
        <translation>Nuova risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/resources_page.py" line="302"/>
        <source>Not added</source>
        <translation>Non aggiunto</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="468"/>
        <source>Linked resources</source>
        <translation>Risorse collegate</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="471"/>
        <source>Link a resource...</source>
        <translation>Collega una risorsa...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="472"/>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="477"/>
        <source>No premises, land or machinery linked to this project.</source>
        <translation>Nessun locale, terreno o macchinario collegato a questo progetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="487"/>
        <source>No resources</source>
        <translation>Nessuna risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="487"/>
        <source>Record a resource in Resources first.</source>
        <translation>Registra prima una risorsa nella pagina Risorse.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="491"/>
        <source>Link a resource</source>
        <translation>Collega una risorsa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/project_panels.py" line="491"/>
        <source>Resource:</source>
        <translation>Risorsa:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="23"/>
        <source>Retention ended</source>
        <translation>Conservazione terminata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/retention_dialog.py" line="27"/>
        <source>%n person(s) whose data was kept for the time the rules ask (5 years from 31 December of the last payment, service or contact; 10 after state aid). Anonymising erases their identity and notes for good; the anonymous facts stay in the coordinator&apos;s figures.</source>
        <translation>
            <numerusform>%n persona i cui dati sono stati conservati per il tempo previsto dalle regole (5 anni dal 31 dicembre dell&apos;ultimo pagamento, servizio o contatto; 10 dopo un aiuto di Stato). L&apos;anonimizzazione cancella per sempre identità e note; i dati anonimi restano nei numeri del coordinamento.</numerusform>
            <numerusform>%n persone i cui dati sono stati conservati per il tempo previsto dalle regole (5 anni dal 31 dicembre dell&apos;ultimo pagamento, servizio o contatto; 10 dopo un aiuto di Stato). L&apos;anonimizzazione cancella per sempre identità e note; i dati anonimi restano nei numeri del coordinamento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="38"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="40"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="41"/>
        <source>Last date</source>
        <translation>Ultima data</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="42"/>
        <source>State aid</source>
        <translation>Aiuto di Stato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="43"/>
        <source>Kept until</source>
        <translation>Conservati fino al</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="46"/>
        <source>People whose retention has ended</source>
        <translation>Persone il cui periodo di conservazione è terminato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="57"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="57"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="67"/>
        <source>The first %1 are shown, oldest first; &apos;deskapp gdpr retention&apos; lists them all.</source>
        <translation>Sono mostrate le prime %1, dalle più vecchie; &apos;deskapp gdpr retention&apos; le elenca tutte.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/retention_dialog.py" line="73"/>
        <source>Anonymise them</source>
        <translation>Anonimizzale</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="45"/>
        <source>The database is locked and its owner cannot be read.</source>
        <translation>La banca dati è bloccata e non si riesce a leggere da chi.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="50"/>
        <source>deskapp is already open on this database on the computer %1 (process %2).</source>
        <translation>deskapp è già aperto su questa banca dati sul computer %1 (processo %2).</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="61"/>
        <source>The database is on a network share (%1). SQLite cannot lock a file safely over the network: if two computers write to it, it can be damaged. Keep the file on this computer; for several offices on one registry, ask for a server database.</source>
        <translation>La banca dati è su una cartella di rete (%1). SQLite non può bloccare un file in modo sicuro attraverso la rete: se due computer vi scrivono, può rovinarsi. Tieni il file su questo computer; per più uffici sullo stesso registro, chiedi una banca dati su server.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="140"/>
        <source>The database file looks damaged: %1

Stop entering data. In Settings, &quot;Restore from a backup...&quot; puts back the last good copy%2.</source>
        <translation>Il file della banca dati sembra danneggiato: %1

Smetti di inserire dati. In Impostazioni, &quot;Ripristina da una copia...&quot; rimette l&apos;ultima copia buona%2.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="147"/>
        <source> (the newest is %1)</source>
        <translation> (la più recente è %1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="156"/>
        <source>The database needs attention</source>
        <translation>La banca dati ha bisogno di attenzione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/safety.py" line="174"/>
        <source>The automatic backup failed: %1</source>
        <translation>La copia automatica non è riuscita: %1</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="55"/>
        <source>Sector of activity</source>
        <translation>Settore di attività</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="57"/>
        <source>Code or words, e.g. 25.62 or %1</source>
        <translation>Codice o parole, ad es. 25.62 o %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="112"/>
        <source>Not in ATECO 2007, NAF rév. 2 or NACE Rev. 2: a newer code (ATECO 2025) is kept as typed, without a label.</source>
        <translation>Non è in ATECO 2007, NAF rév. 2 né NACE Rev. 2: un codice più recente (ATECO 2025) viene registrato così come è scritto, senza descrizione.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sector_picker.py" line="119"/>
        <source>Its division in %1: %2</source>
        <translation>La sua divisione in %1: %2</translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="147"/>
        <source>Send to the coordinator</source>
        <translation>Invia al coordinamento</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="151"/>
        <source>The bundle holds everything changed since the last bundle this desk made (the first one: everything), signed with this desk&apos;s key. Send the file to the coordinator; the first time, phone them and read out this desk&apos;s fingerprint.</source>
        <translation>Il pacchetto contiene tutto ciò che è cambiato dall&apos;ultimo pacchetto di questo sportello (il primo: tutto), firmato con la chiave dello sportello. Invia il file al coordinamento; la prima volta telefona e leggi l&apos;impronta di questo sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="161"/>
        <source>This desk&apos;s key fingerprint</source>
        <translation>Impronta della chiave di questo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="162"/>
        <source>Pseudonymous: no names, contacts or tax codes</source>
        <translation>Pseudonimo: senza nomi, contatti né codici fiscali</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="165"/>
        <source>For a coordinator in another organisation: people are still counted once through the programme key.</source>
        <translation>Per un coordinamento di un&apos;altra organizzazione: le persone sono comunque contate una volta grazie alla chiave di programma.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="176"/>
        <source>Encrypt the bundle to</source>
        <translation>Cifrare il pacchetto per</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="177"/>
        <source>Not encrypted</source>
        <translation>Non cifrato</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="180"/>
        <source>The coordinator&apos;s key %1</source>
        <translation>La chiave del coordinamento %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="184"/>
        <source>Encrypted, the bundle can be opened by that coordinator only: no one else can read it on the way, not even which desk sent it.</source>
        <translation>Cifrato, il pacchetto può essere aperto solo da quel coordinamento: nessun altro può leggerlo durante il tragitto, nemmeno quale sportello lo ha inviato.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="191"/>
        <source>Bundle file</source>
        <translation>File del pacchetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="192"/>
        <source>Choose...</source>
        <translation>Scegli...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="193"/>
        <source>Choose where to write the bundle</source>
        <translation>Scegli dove scrivere il pacchetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="196"/>
        <source>This desk&apos;s key fingerprint:</source>
        <translation>Impronta della chiave di questo sportello:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="200"/>
        <source>Encrypt to:</source>
        <translation>Cifrare per:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="205"/>
        <source>Bundle file:</source>
        <translation>File del pacchetto:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="208"/>
        <source>Write the bundle</source>
        <translation>Scrivi il pacchetto</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="213"/>
        <source>Write the bundle to</source>
        <translation>Scrivi il pacchetto in</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="215"/>
        <source>Bundles (%1)</source>
        <translation>Pacchetti (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="226"/>
        <source>Choose where to write the bundle.</source>
        <translation>Scegli dove scrivere il pacchetto.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="233"/>
        <source>%1 exists already: choose another name.</source>
        <translation>%1 esiste già: scegli un altro nome.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="252"/>
        <source>The bundle could not be written to %1: choose another folder.</source>
        <translation>Non è stato possibile scrivere il pacchetto in %1: scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="261"/>
        <source>Bundle %1 written to %2, encrypted to the coordinator&apos;s key: %3 records. Send it to the coordinator.</source>
        <translation>Pacchetto %1 scritto in %2, cifrato con la chiave del coordinamento: %3 schede. Invialo al coordinamento.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="265"/>
        <source>Bundle %1 written to %2: %3 records. Send it to the coordinator.</source>
        <translation>Pacchetto %1 scritto in %2: %3 schede. Invialo al coordinamento.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="86"/>
        <source>Password of the database server</source>
        <translation>Password del server del database</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="89"/>
        <source>The database server %1 asks for the password of the user %2 (database %3). It is not kept anywhere: deskapp asks again at the next start. To be asked no more, the administrator can put it in ~/.pgpass.</source>
        <translation>Il server del database %1 chiede la password dell&apos;utente %2 (database %3). Non viene conservata da nessuna parte: deskapp la chiede di nuovo al prossimo avvio. Per non doverla più digitare, l&apos;amministratore può metterla in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/server_start.py" line="101"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="67"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="89"/>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="93"/>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="98"/>
        <source>The new time applies when deskapp restarts.</source>
        <translation>Il nuovo tempo vale dal prossimo avvio di deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="101"/>
        <source>Lock the screen after</source>
        <translation>Blocca lo schermo dopo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="103"/>
        <source>Database</source>
        <translation>Banca dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="108"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="109"/>
        <source>Back up now...</source>
        <translation>Fai una copia adesso...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="111"/>
        <source>Check the database</source>
        <translation>Controlla la banca dati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="115"/>
        <source>Change...</source>
        <translation>Cambia...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="118"/>
        <source>Automatic backups</source>
        <translation>Copie automatiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="120"/>
        <source>Restore from a backup...</source>
        <translation>Ripristina da una copia...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="145"/>
        <source>Copies and restores by hand, and the backup folder, are for an administrator; the automatic backups run for everyone.</source>
        <translation>Le copie e i ripristini a mano, e la cartella delle copie, sono per un amministratore; le copie automatiche si fanno per tutti.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="156"/>
        <source>Letterhead of the desk&apos;s documents</source>
        <translation>Intestazione dei documenti dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="160"/>
        <source>Choose the logo...</source>
        <translation>Scegli il logo...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="162"/>
        <source>No logo</source>
        <translation>Nessun logo</translation>
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
        <translation>Conservazione (GDPR)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="177"/>
        <source>Data is kept 5 years from 31 December of the year of the last payment, service or contact (10 after state aid), then anonymised.</source>
        <translation>I dati si conservano 5 anni dal 31 dicembre dell&apos;anno dell&apos;ultimo pagamento, servizio o contatto (10 dopo un aiuto di Stato), poi si anonimizzano.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="184"/>
        <location filename="../../deskapp/ui/settings_page.py" line="329"/>
        <source>See who, and anonymise...</source>
        <translation>Vedi chi, e anonimizza...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="329"/>
        <source>See who...</source>
        <translation>Vedi chi...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="192"/>
        <source>deskapp %1</source>
        <translation>deskapp %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="71"/>
        <source>As my desk</source>
        <translation>Come il mio sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="85"/>
        <source>Yours, wherever you log in: the window and the command line</source>
        <translation>La tua, ovunque accedi: la finestra e la riga di comando</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="108"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="133"/>
        <source>This registry is on a database server, shared by every PC that connects to it. Its backups (pg_dump), the integrity of its files, encryption on the network (TLS) and on its disks are the server&apos;s job: ask its administrator. deskapp makes no copies of it on this PC.</source>
        <translation>Questo registro è su un server di database, condiviso da tutti i PC che vi si collegano. I suoi backup (pg_dump), l&apos;integrità dei suoi file, la cifratura in rete (TLS) e sui suoi dischi sono compito del server: chiedi al suo amministratore. deskapp non ne fa copie su questo PC.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="214"/>
        <source>No logo: the documents carry the desk&apos;s name.</source>
        <translation>Nessun logo: i documenti riportano il nome dello sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="222"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="229"/>
        <source>This file is not an image deskapp can read.</source>
        <translation>Questo file non è un&apos;immagine che deskapp sa leggere.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="260"/>
        <source>The new language applies when deskapp restarts.</source>
        <translation>La nuova lingua si applica al prossimo avvio di deskapp.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="269"/>
        <source>Back up to</source>
        <translation>Copia in</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="269"/>
        <location filename="../../deskapp/ui/settings_page.py" line="381"/>
        <source>Database (*.sqlite)</source>
        <translation>Banca dati (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="277"/>
        <source>Backing up...</source>
        <translation>Copia in corso...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="280"/>
        <source>Backup written and checked: %1</source>
        <translation>Copia scritta e verificata: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="289"/>
        <source>None on this PC: the server&apos;s job</source>
        <translation>Nessuna copia su questo PC: è compito del server</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="293"/>
        <source>newest: %1</source>
        <translation>la più recente: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="295"/>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="298"/>
        <source>%1 (%2; a copy a day, kept 7 days, 4 weeks, 12 months)</source>
        <translation>%1 (%2; una copia al giorno, conservate 7 giorni, 4 settimane, 12 mesi)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="322"/>
        <source>Nobody&apos;s retention has ended.</source>
        <translation>Per nessuno è finito il periodo di conservazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="324"/>
        <source>%n person(s) whose retention has ended.</source>
        <translation>
            <numerusform>%n persona il cui periodo di conservazione è finito.</numerusform>
            <numerusform>%n persone il cui periodo di conservazione è finito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="326"/>
        <source>An administrator anonymises them.</source>
        <translation>Le anonimizza un amministratore.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="345"/>
        <source>Anonymising...</source>
        <translation>Anonimizzazione in corso...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="349"/>
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n persona anonimizzata.</numerusform>
            <numerusform>%n persone anonimizzate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="362"/>
        <source>Folder for the automatic backups</source>
        <translation>Cartella delle copie automatiche</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="379"/>
        <location filename="../../deskapp/ui/settings_page.py" line="394"/>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="396"/>
        <source>Replace the database with the copy %1?

What was entered after that copy is not in it. The current file is kept aside first. deskapp closes afterwards: start it again.</source>
        <translation>Sostituire la banca dati con la copia %1?

Ciò che è stato inserito dopo quella copia non c&apos;è. Il file attuale viene prima messo da parte. Poi deskapp si chiude: riavvialo.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="416"/>
        <source>Restored from %1; the previous file was kept as %2. deskapp closes now.</source>
        <translation>Ripristinata da %1; il file precedente è stato conservato come %2. deskapp ora si chiude.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/settings_page.py" line="424"/>
        <source>%n people erased after this backup was made were anonymised again.</source>
        <translation>
            <numerusform>%n persona cancellata dopo questa copia è stata di nuovo anonimizzata.</numerusform>
            <numerusform>%n persone cancellate dopo questa copia sono state di nuovo anonimizzate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="436"/>
        <source>Checking the database...</source>
        <translation>Controllo della banca dati...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="440"/>
        <source>The database is sound.</source>
        <translation>La banca dati è integra.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/settings_page.py" line="442"/>
        <source>Problems found:</source>
        <translation>Problemi trovati:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="34"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="35"/>
        <source>Next or previous field, button or list</source>
        <translation>Campo, pulsante o elenco successivo o precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="38"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Maiusc+Tab</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="39"/>
        <source>Next or previous tab</source>
        <translation>Linguetta successiva o precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="42"/>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="43"/>
        <source>Search now (in a search box); open the selected row or card</source>
        <translation>Cerca subito (in una casella di ricerca); apre la riga o la scheda selezionata</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="48"/>
        <source>Down arrow</source>
        <translation>Freccia giù</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="49"/>
        <source>From the people search box to the results</source>
        <translation>Dalla ricerca delle persone ai risultati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="54"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="55"/>
        <source>Save the record or the dialog</source>
        <translation>Salva la scheda o la finestra di dialogo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="58"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="59"/>
        <source>Close the dialog (it asks first if something was typed)</source>
        <translation>Chiude la finestra di dialogo (chiede prima se è stato scritto qualcosa)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="64"/>
        <source>Menu key, Shift+F10</source>
        <translation>Tasto Menu, Maiusc+F10</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="65"/>
        <source>Board: the menu of the selected card (Open, Move to)</source>
        <translation>Bacheca: il menu della scheda selezionata (Apri, Sposta in)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="70"/>
        <source>Ctrl+Right, Ctrl+Left</source>
        <translation>Ctrl+Destra, Ctrl+Sinistra</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="71"/>
        <source>Board: move the card to the next or previous stage</source>
        <translation>Bacheca: sposta la scheda alla fase successiva o precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="76"/>
        <source>Left, Right</source>
        <translation>Sinistra, Destra</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="77"/>
        <source>Board: the next or previous column</source>
        <translation>Bacheca: la colonna successiva o precedente</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="80"/>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="81"/>
        <source>Checklist: tick or untick the step</source>
        <translation>Checklist: spunta o togli la spunta al passo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="84"/>
        <source>Enter, F2</source>
        <translation>Invio, F2</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="85"/>
        <source>Checklist: change the date of the step</source>
        <translation>Checklist: cambia la data del passo</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="88"/>
        <source>F2, or start typing</source>
        <translation>F2, o inizia a scrivere</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="89"/>
        <source>Business plan tables: change the cell</source>
        <translation>Tabelle del piano d&apos;impresa: modifica la cella</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="92"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Canc</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="93"/>
        <source>Business plan tables: remove the row</source>
        <translation>Tabelle del piano d&apos;impresa: elimina la riga</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="111"/>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="125"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="114"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="114"/>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/shortcuts_dialog.py" line="128"/>
        <source>Every action of the mouse has its key: a dragged card moves with the Menu key or Ctrl+Right, a double-click is Enter.</source>
        <translation>Ogni azione del mouse ha il suo tasto: una scheda trascinata si sposta con il tasto Menu o Ctrl+Destra, un doppio clic è Invio.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="53"/>
        <source>Occupation or skill</source>
        <translation>Mestiere o competenza</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="54"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="55"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="56"/>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="57"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="58"/>
        <source>Evidence</source>
        <translation>Attestazione</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="61"/>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="65"/>
        <source>Add skill...</source>
        <translation>Aggiungi competenza...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="66"/>
        <source>Edit...</source>
        <translation>Modifica...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="67"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="88"/>
        <source>No skills recorded. Add the trades and competences the person has.</source>
        <translation>Nessuna competenza registrata. Aggiungi i mestieri e le competenze della persona.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_record.py" line="112"/>
        <source>Add skill</source>
        <translation>Aggiungi competenza</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="90"/>
        <source>Enter opens the project; the Menu key or Shift+F10 opens its menu (Move to); Ctrl+Right and Ctrl+Left move it to the next or the previous stage; Left and Right go to the next column.</source>
        <translation>Invio apre il progetto; il tasto Menu o Maiusc+F10 apre il suo menu (Sposta in); Ctrl+Destra e Ctrl+Sinistra lo spostano alla fase successiva o precedente; Sinistra e Destra vanno alla colonna accanto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="134"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln socio</numerusform>
            <numerusform>%Ln soci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="139"/>
        <source>Overdue: %1</source>
        <translation>Scaduto: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/projects_page.py" line="141"/>
        <source>Next: %1</source>
        <translation>Prossima: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/projects_page.py" line="152"/>
        <source>%Ln more: narrow the filters or use the list.</source>
        <translation>
            <numerusform>Ancora %Ln: restringi i filtri o usa l&apos;elenco.</numerusform>
            <numerusform>Altri %Ln: restringi i filtri o usa l&apos;elenco.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="245"/>
        <source>Profit and loss</source>
        <translation>Conto economico</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="246"/>
        <source>Cash flow</source>
        <translation>Flussi di cassa</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="247"/>
        <source>Sources and uses</source>
        <translation>Fonti e impieghi</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="248"/>
        <source>Loans</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="249"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="250"/>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_statements.py" line="256"/>
        <source>Chart: revenue, total costs and break-even revenue</source>
        <translation>Grafico: ricavi, costi totali e ricavi di pareggio</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../deskapp/i18n.py" line="52"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location filename="../../deskapp/i18n.py" line="53"/>
        <source>no. {number}</source>
        <translation>n. {number}</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="51"/>
        <source>Trust a desk&apos;s key</source>
        <translation>Accetta la chiave di uno sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="55"/>
        <source>Phone the desk and ask them to read out their key&apos;s fingerprint (at the desk: File, Send to the coordinator). Type it below as you hear it: the key is trusted only if it matches the key file, so a file sent by someone else is refused. Do not copy the fingerprint from the e-mail that brought the file.</source>
        <translation>Telefona allo sportello e fatti leggere l&apos;impronta della sua chiave (allo sportello: File, Invia al coordinamento). Scrivila qui sotto come la senti: la chiave è accettata solo se corrisponde al file della chiave, così un file inviato da altri è rifiutato. Non copiare l&apos;impronta dall&apos;e-mail che ha portato il file.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="63"/>
        <source>Key file</source>
        <translation>File della chiave</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="64"/>
        <source>Choose...</source>
        <translation>Scegli...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="65"/>
        <source>Choose the key file</source>
        <translation>Scegli il file della chiave</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="69"/>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="71"/>
        <source>e.g. A1B2 C3D4 E5F6 ...</source>
        <translation>es. A1B2 C3D4 E5F6 ...</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="72"/>
        <source>Fingerprint read out by the desk</source>
        <translation>Impronta letta dallo sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="74"/>
        <source>Key file:</source>
        <translation>File della chiave:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="75"/>
        <source>Desk:</source>
        <translation>Sportello:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="76"/>
        <source>Fingerprint read out by the desk:</source>
        <translation>Impronta letta dallo sportello:</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="79"/>
        <source>Trust this key</source>
        <translation>Accetta questa chiave</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="84"/>
        <source>The desk&apos;s key file</source>
        <translation>Il file della chiave dello sportello</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="86"/>
        <source>Key files (%1)</source>
        <translation>File di chiave (%1)</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="94"/>
        <source>Choose the key file the desk sent.</source>
        <translation>Scegli il file della chiave inviato dallo sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="99"/>
        <source>This file is too large to be a key file.</source>
        <translation>Questo file è troppo grande per essere un file di chiave.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="105"/>
        <source>The key file cannot be read: %1</source>
        <translation>Il file della chiave non si può leggere: %1</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="118"/>
        <source>Give the desk a name.</source>
        <translation>Dai un nome allo sportello.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/sync_dialogs.py" line="122"/>
        <source>Type the fingerprint the desk read out.</source>
        <translation>Scrivi l&apos;impronta letta dallo sportello.</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../deskapp/ui/plan_warnings.py" line="90"/>
        <source>Click, or press Enter, to see where</source>
        <translation>Fai clic, o premi Invio, per vedere dove</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/plan_warnings.py" line="91"/>
        <source>Press Enter to see where it arises.</source>
        <translation>Premi Invio per vedere dove nasce.</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="51"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="55"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="56"/>
        <source>Ctrl or Shift with the arrows and Space choose several; Enter adds them.</source>
        <translation>Ctrl o Maiusc con le frecce e Spazio ne scelgono più d&apos;uno; Invio li aggiunge.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="58"/>
        <source>Enter chooses.</source>
        <translation>Invio sceglie.</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="67"/>
        <source>Add selected</source>
        <translation>Aggiungi selezionati</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="67"/>
        <source>Choose</source>
        <translation>Scegli</translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/pickers.py" line="106"/>
        <source>No one matches.</source>
        <translation>Nessuno corrisponde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/pickers.py" line="114"/>
        <source>Added: %Ln. Search for the next one.</source>
        <translation>
            <numerusform>Aggiunto: %Ln. Cerca il prossimo.</numerusform>
            <numerusform>Aggiunti: %Ln. Cerca il prossimo.</numerusform>
        </translation>
    </message>
</context>
</TS>

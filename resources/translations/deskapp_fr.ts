<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../deskapp/ui/app.py" line="40"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="41"/>
        <source>Something went wrong: %1
The details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="62"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="63"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="86"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="51"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="52"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="56"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="57"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="61"/>
        <source>Liguria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="62"/>
        <source>Toscana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="63"/>
        <source>Sardegna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="64"/>
        <source>Corse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="65"/>
        <source>Région Sud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="66"/>
        <source>Other region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="70"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="71"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="72"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="76"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="77"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="81"/>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="82"/>
        <source>Laid off after a company crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="83"/>
        <source>At risk of losing their job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="84"/>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="85"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="91"/>
        <source>ISCED 0 - early childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="92"/>
        <source>ISCED 1 - primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="93"/>
        <source>ISCED 2 - lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="94"/>
        <source>ISCED 3 - upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="95"/>
        <source>ISCED 4 - post-secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="96"/>
        <source>ISCED 5 - short tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="97"/>
        <source>ISCED 6 - bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="98"/>
        <source>ISCED 7 - master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="99"/>
        <source>ISCED 8 - doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="103"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="104"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="105"/>
        <location filename="../../deskapp/models/enums.py" line="280"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="106"/>
        <source>Employment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="107"/>
        <source>Trade union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="110"/>
        <source>Cooperative federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="112"/>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="113"/>
        <location filename="../../deskapp/models/enums.py" line="283"/>
        <source>Event or seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="114"/>
        <source>Website or social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="115"/>
        <location filename="../../deskapp/models/enums.py" line="189"/>
        <location filename="../../deskapp/models/enums.py" line="259"/>
        <location filename="../../deskapp/models/enums.py" line="298"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="121"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="122"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="123"/>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="139"/>
        <source>Help-desk services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="140"/>
        <source>EU-fund monitoring and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="143"/>
        <source>Special-category data (disadvantage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="145"/>
        <source>News and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="151"/>
        <source>Consent (art. 6.1.a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="152"/>
        <source>Contract (art. 6.1.b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="155"/>
        <source>Legal obligation (art. 6.1.c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="157"/>
        <source>Public task (art. 6.1.e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="160"/>
        <source>Legitimate interest (art. 6.1.f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="164"/>
        <source>Explicit consent (art. 9.2.a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="169"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="170"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="171"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="172"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="176"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="177"/>
        <source>Self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="178"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="179"/>
        <source>Employer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="183"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="184"/>
        <source>Skills audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="185"/>
        <location filename="../../deskapp/models/enums.py" line="281"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="186"/>
        <source>Enterprise idea support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="187"/>
        <source>Access to funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="188"/>
        <source>Job placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="193"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="194"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="195"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="196"/>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="197"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="201"/>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="202"/>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="203"/>
        <source>Machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="204"/>
        <source>Closed plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="205"/>
        <source>Abandoned space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="209"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="210"/>
        <source>Under negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="211"/>
        <source>Assigned to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="212"/>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="216"/>
        <source>Workers buyout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="217"/>
        <source>Spin-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="218"/>
        <source>New cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="221"/>
        <source>Social cooperative type B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="225"/>
        <location filename="../../deskapp/models/enums.py" line="253"/>
        <source>Community cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="227"/>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="237"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="238"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="239"/>
        <source>Feasibility study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="240"/>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="241"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="242"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="243"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="244"/>
        <source>Started (enterprise running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="245"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="249"/>
        <source>Worker cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="250"/>
        <source>Social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="255"/>
        <source>SCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="256"/>
        <source>SCIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="257"/>
        <source>Limited company (S.r.l. / SARL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="258"/>
        <source>Sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="263"/>
        <source>Company in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="264"/>
        <source>Liquidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="265"/>
        <source>Bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="266"/>
        <source>Owner without successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="267"/>
        <source>Restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="271"/>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="272"/>
        <source>Worker-member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="273"/>
        <source>Financing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="274"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="278"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="279"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="282"/>
        <source>Consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="284"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="288"/>
        <source>CFI (Cooperazione Finanza Impresa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="289"/>
        <source>Nuova Marcora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="290"/>
        <source>Coopfond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="291"/>
        <source>Regional fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="292"/>
        <source>Microcredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="293"/>
        <source>Bank loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="294"/>
        <source>NASpI advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="295"/>
        <source>Crowdfunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="296"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="297"/>
        <source>NACRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="302"/>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="303"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="304"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="305"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="306"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="310"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="311"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="312"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="313"/>
        <source>Stage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="314"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="315"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../deskapp/cli.py" line="67"/>
        <source>This database has no desk and no operator yet: set it up with &apos;deskapp init&apos; (or fill a test database with &apos;deskapp demo&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="78"/>
        <source>Say who is acting: --operator NAME or DESKAPP_OPERATOR. Operators: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="181"/>
        <source>No database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="279"/>
        <source>--persons must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="92"/>
        <source>This record was changed by someone else after you opened it (version {current}, yours {expected}). Reload it to see their changes; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/errors.py" line="131"/>
        <source>{count} of {rows} rows have errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="52"/>
        <location filename="../../deskapp/models/fields.py" line="133"/>
        <location filename="../../deskapp/models/fields.py" line="134"/>
        <source>is not a valid date; write it as DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="75"/>
        <location filename="../../deskapp/models/fields.py" line="126"/>
        <source>is not an amount of money; write it like 1234,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="94"/>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="119"/>
        <location filename="../../deskapp/models/fields.py" line="120"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="121"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="122"/>
        <location filename="../../deskapp/models/fields.py" line="123"/>
        <location filename="../../deskapp/models/fields.py" line="124"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="125"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="129"/>
        <source>must be at least {ge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="130"/>
        <source>must be more than {gt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="131"/>
        <source>must be at most {le}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="132"/>
        <location filename="../../deskapp/models/schemas.py" line="384"/>
        <source>has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="135"/>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="137"/>
        <source>is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="97"/>
        <source>must be 16 characters long (it has {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="103"/>
        <source>is not written like a codice fiscale (6 letters, 2 digits, a letter, 2 digits, a letter, 3 digits, a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="112"/>
        <source>has a wrong check character: check for a mistyped letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="131"/>
        <source>contains an impossible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="139"/>
        <source>has a birthplace code ({code}) that matches no municipality or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="146"/>
        <source>The birthplace code {code} ({name}) was not in use on the birth date; check the codice fiscale against the person&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="195"/>
        <source>is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="198"/>
        <source>is not a valid phone number (for a foreign number, start with + and the country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="215"/>
        <source>is not a valid e-mail address ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="239"/>
        <source>has a wrong check digit: check for a mistyped digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="243"/>
        <source>has the wrong length (a partita IVA has 11 digits, a SIREN 9, a SIRET 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/identifiers.py" line="250"/>
        <source>is not a valid partita IVA, SIREN or SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="63"/>
        <source>{path} was written by a newer version of deskapp (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="79"/>
        <source>{path} is not a deskapp database (it holds other tables). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/migrate.py" line="141"/>
        <source>{path} cannot be read as a database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/reports/tables.py" line="25"/>
        <source>Unknown export format &apos;{format}&apos;: use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="41"/>
        <source>No operator is called &apos;{name}&apos;. Known operators: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/actor.py" line="50"/>
        <source>The operator &apos;{name}&apos; is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/demo.py" line="123"/>
        <source>This database already holds people: demo data is only written into an empty registry, so real and invented people never mix. Use a new file (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="47"/>
        <source>no desk is called &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="48"/>
        <source>already used on line {line} of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="49"/>
        <source>already in the registry as person no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="97"/>
        <source>this column is missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="101"/>
        <source>unknown column; rename or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="67"/>
        <source>Only a database file can be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="71"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/maintenance.py" line="83"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="32"/>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="58"/>
        <source>Only an administrator can manage desks and operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="72"/>
        <source>another desk already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/organisation.py" line="93"/>
        <source>another operator already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="80"/>
        <source>already belongs to {name} (person no. {id}): open that record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/persons.py" line="104"/>
        <source>Possible duplicate: person no. {id} has the same name and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/projects.py" line="172"/>
        <source>is already a member of this project in this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="21"/>
        <source>No {entity} with number {id} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="64"/>
        <source>Add at least one person to the project (the promoter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="69"/>
        <source>Give the sector of activity (ATECO code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="74"/>
        <source>Name the origin company (needed for a workers buyout or a spin-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="81"/>
        <source>Give the number of jobs the enterprise expects to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="86"/>
        <source>Record at least one funding application, even in preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="91"/>
        <source>Choose the legal form of the new enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="96"/>
        <source>Add at least one member to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="101"/>
        <location filename="../../deskapp/services/stages.py" line="106"/>
        <source>Give the date the enterprise actually started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="133"/>
        <source>The project is already in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="138"/>
        <source>Say why the project is abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="146"/>
        <source>Say why the project is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="153"/>
        <source>The project cannot be reopened at this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="162"/>
        <source>Say why the project goes back to an earlier stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/stages.py" line="170"/>
        <source>The project cannot move to this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="37"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="99"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="109"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/tabular_files.py" line="114"/>
        <source>Only .csv and .xlsx files can be imported, not {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="99"/>
        <location filename="../../deskapp/models/schemas.py" line="183"/>
        <location filename="../../deskapp/models/schemas.py" line="192"/>
        <location filename="../../deskapp/models/schemas.py" line="358"/>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="172"/>
        <source>must be a two-letter country code, e.g. IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="185"/>
        <source>is more than 110 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="212"/>
        <source>does not match the sex entered (the code is for {sex})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="222"/>
        <source>does not match the birth date entered (the code says {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="235"/>
        <location filename="../../deskapp/models/schemas.py" line="239"/>
        <source>is required (or give the codice fiscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="255"/>
        <source>record the legal basis and the privacy notice version before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="344"/>
        <source>is not an ATECO code (e.g. 25.62 or 25.62.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="388"/>
        <source>cannot be more than the capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="393"/>
        <source>TFR and NASpI parts together exceed the capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="416"/>
        <source>choose a person or a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="420"/>
        <source>cannot be before the activity itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="451"/>
        <source>cannot be more than the amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="456"/>
        <source>cannot be before the submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="129"/>
        <location filename="../../deskapp/models/schemas.py" line="140"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="130"/>
        <location filename="../../deskapp/models/schemas.py" line="142"/>
        <source>Long-term unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="131"/>
        <location filename="../../deskapp/models/schemas.py" line="144"/>
        <source>Ex-detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="132"/>
        <location filename="../../deskapp/models/schemas.py" line="145"/>
        <source>Addiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="133"/>
        <location filename="../../deskapp/models/schemas.py" line="147"/>
        <source>Migrant background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="134"/>
        <location filename="../../deskapp/models/schemas.py" line="150"/>
        <source>Other disadvantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="61"/>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="62"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="63"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="64"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="65"/>
        <location filename="../../deskapp/models/schemas.py" line="117"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="66"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="70"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="72"/>
        <location filename="../../deskapp/models/schemas.py" line="364"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="74"/>
        <location filename="../../deskapp/models/schemas.py" line="121"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="75"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="85"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="87"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="89"/>
        <source>Privacy notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="92"/>
        <location filename="../../deskapp/models/schemas.py" line="288"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="110"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="111"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="112"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="113"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="114"/>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="115"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="116"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="118"/>
        <location filename="../../deskapp/models/schemas.py" line="298"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="119"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="120"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="122"/>
        <source>Education (ISCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="124"/>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="127"/>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="129"/>
        <source>Previous employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="131"/>
        <source>Previous employer in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="134"/>
        <source>How they reached the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="137"/>
        <source>First contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="139"/>
        <location filename="../../deskapp/models/schemas.py" line="304"/>
        <location filename="../../deskapp/models/schemas.py" line="335"/>
        <location filename="../../deskapp/models/schemas.py" line="409"/>
        <location filename="../../deskapp/models/schemas.py" line="443"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="248"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="264"/>
        <source>Occupation or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="266"/>
        <source>ISTAT CP2011 / ESCO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="268"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="270"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="272"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="274"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="279"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="280"/>
        <location filename="../../deskapp/models/schemas.py" line="290"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="282"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="291"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="295"/>
        <source>Kind of resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="296"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="297"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="299"/>
        <source>Size (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="300"/>
        <source>Size notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="302"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="308"/>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="309"/>
        <source>Kind of project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="310"/>
        <source>Sector (ATECO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="311"/>
        <source>Lead operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="312"/>
        <source>Origin company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="314"/>
        <source>Origin company VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="317"/>
        <source>Origin company situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="320"/>
        <source>Planned legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="323"/>
        <source>Expected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="326"/>
        <source>Planned start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="329"/>
        <source>Actual start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="331"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="333"/>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="363"/>
        <location filename="../../deskapp/models/schemas.py" line="407"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="366"/>
        <source>Capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="369"/>
        <source>Capital paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="372"/>
        <source>of which from TFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="375"/>
        <source>of which from NASpI advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="402"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="403"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="405"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="408"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="410"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="427"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="429"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="432"/>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="435"/>
        <source>Amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="438"/>
        <source>Amount disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="440"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="441"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="442"/>
        <source>Disbursed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="40"/>
        <source>deskapp - help desk registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="45"/>
        <source>Search by surname, name, codice fiscale, phone, e-mail, municipality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="73"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="78"/>
        <source>no operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="80"/>
        <source>Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="82"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="84"/>
        <source>deskapp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="102"/>
        <source>The registry is empty. Set up the desk with &apos;deskapp init&apos;, or try the app with invented people: &apos;deskapp demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/main_window.py" line="107"/>
        <source>%Ln people in the registry. Type part of a name to find someone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="110"/>
        <source>No one found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHitsModel</name>
    <message>
        <location filename="../../deskapp/ui/person_hits_model.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_hits_model.py" line="22"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_hits_model.py" line="23"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_hits_model.py" line="24"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_hits_model.py" line="25"/>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../deskapp/ui/app.py" line="41"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="42"/>
        <source>Something went wrong: %1
The details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="63"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="64"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/app.py" line="121"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="52"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="53"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="57"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="58"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="62"/>
        <source>Liguria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="63"/>
        <source>Toscana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="64"/>
        <source>Sardegna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="65"/>
        <source>Corse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="66"/>
        <source>Région Sud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="67"/>
        <source>Other region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="71"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="72"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="73"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="77"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="78"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="82"/>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="83"/>
        <source>Laid off after a company crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="84"/>
        <source>At risk of losing their job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="85"/>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="86"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="92"/>
        <source>ISCED 0 - early childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="93"/>
        <source>ISCED 1 - primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="94"/>
        <source>ISCED 2 - lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="95"/>
        <source>ISCED 3 - upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="96"/>
        <source>ISCED 4 - post-secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="97"/>
        <source>ISCED 5 - short tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="98"/>
        <source>ISCED 6 - bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="99"/>
        <source>ISCED 7 - master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="100"/>
        <source>ISCED 8 - doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="104"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="105"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="106"/>
        <location filename="../../deskapp/models/enums.py" line="281"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="107"/>
        <source>Employment centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="108"/>
        <source>Trade union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="111"/>
        <source>Cooperative federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="113"/>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="114"/>
        <location filename="../../deskapp/models/enums.py" line="284"/>
        <source>Event or seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="115"/>
        <source>Website or social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="116"/>
        <location filename="../../deskapp/models/enums.py" line="190"/>
        <location filename="../../deskapp/models/enums.py" line="260"/>
        <location filename="../../deskapp/models/enums.py" line="299"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="122"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="123"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="124"/>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="140"/>
        <source>Help-desk services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="141"/>
        <source>EU-fund monitoring and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="144"/>
        <source>Special-category data (disadvantage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="146"/>
        <source>News and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="152"/>
        <source>Consent (art. 6.1.a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="153"/>
        <source>Contract (art. 6.1.b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="156"/>
        <source>Legal obligation (art. 6.1.c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="158"/>
        <source>Public task (art. 6.1.e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="161"/>
        <source>Legitimate interest (art. 6.1.f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="165"/>
        <source>Explicit consent (art. 9.2.a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="170"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="171"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="172"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="173"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="177"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="178"/>
        <source>Self-declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="179"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="180"/>
        <source>Employer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="184"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="185"/>
        <source>Skills audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="186"/>
        <location filename="../../deskapp/models/enums.py" line="282"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="187"/>
        <source>Enterprise idea support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="188"/>
        <source>Access to funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="189"/>
        <source>Job placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="194"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="195"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="196"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="197"/>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="198"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="202"/>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="203"/>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="204"/>
        <source>Machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="205"/>
        <source>Closed plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="206"/>
        <source>Abandoned space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="210"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="211"/>
        <source>Under negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="212"/>
        <source>Assigned to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="213"/>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="217"/>
        <source>Workers buyout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="218"/>
        <source>Spin-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="219"/>
        <source>New cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="222"/>
        <source>Social cooperative type B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="226"/>
        <location filename="../../deskapp/models/enums.py" line="254"/>
        <source>Community cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="228"/>
        <source>New enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="238"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="239"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="240"/>
        <source>Feasibility study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="241"/>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="242"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="243"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="244"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="245"/>
        <source>Started (enterprise running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="246"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="250"/>
        <source>Worker cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="251"/>
        <source>Social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="256"/>
        <source>SCOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="257"/>
        <source>SCIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="258"/>
        <source>Limited company (S.r.l. / SARL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="259"/>
        <source>Sole trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="264"/>
        <source>Company in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="265"/>
        <source>Liquidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="266"/>
        <source>Bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="267"/>
        <source>Owner without successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="268"/>
        <source>Restructuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="272"/>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="273"/>
        <source>Worker-member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="274"/>
        <source>Financing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="275"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="279"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="280"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="283"/>
        <source>Consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="285"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="289"/>
        <source>CFI (Cooperazione Finanza Impresa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="290"/>
        <source>Nuova Marcora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="291"/>
        <source>Coopfond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="292"/>
        <source>Regional fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="293"/>
        <source>Microcredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="294"/>
        <source>Bank loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="295"/>
        <source>NASpI advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="296"/>
        <source>Crowdfunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="297"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="298"/>
        <source>NACRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="303"/>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="304"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="305"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="306"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="307"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="311"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="312"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="313"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="314"/>
        <source>Stage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="315"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="316"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../deskapp/cli.py" line="76"/>
        <source>This database has no desk and no operator yet: set it up with &apos;deskapp init&apos; (or fill a test database with &apos;deskapp demo&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="87"/>
        <source>Say who is acting: --operator NAME or DESKAPP_OPERATOR. Operators: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="192"/>
        <source>No database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/cli.py" line="290"/>
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
        <location filename="../../deskapp/models/fields.py" line="48"/>
        <location filename="../../deskapp/models/fields.py" line="123"/>
        <location filename="../../deskapp/models/fields.py" line="124"/>
        <source>is not a valid date; write it as DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="71"/>
        <location filename="../../deskapp/models/fields.py" line="116"/>
        <source>is not an amount of money; write it like 1234,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="109"/>
        <location filename="../../deskapp/models/fields.py" line="110"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="111"/>
        <source>is too long (at most {max_length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="112"/>
        <location filename="../../deskapp/models/fields.py" line="113"/>
        <location filename="../../deskapp/models/fields.py" line="114"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="115"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="119"/>
        <source>must be at least {ge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="120"/>
        <source>must be more than {gt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="121"/>
        <source>must be at most {le}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="122"/>
        <location filename="../../deskapp/models/schemas.py" line="412"/>
        <source>has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="125"/>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="126"/>
        <source>&apos;{input}&apos; is not one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="127"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/fields.py" line="129"/>
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
        <location filename="../../deskapp/services/demo.py" line="125"/>
        <source>This database already holds people: demo data is only written into an empty registry, so real and invented people never mix. Use a new file (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="49"/>
        <source>no desk is called &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="50"/>
        <source>already used on line {line} of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="51"/>
        <source>already in the registry as person no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="99"/>
        <source>this column is missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/importing.py" line="103"/>
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
        <location filename="../../deskapp/services/projects.py" line="170"/>
        <source>is already a member of this project in this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/services/records.py" line="26"/>
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
        <location filename="../../deskapp/models/schemas.py" line="129"/>
        <location filename="../../deskapp/models/schemas.py" line="213"/>
        <location filename="../../deskapp/models/schemas.py" line="222"/>
        <location filename="../../deskapp/models/schemas.py" line="386"/>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="202"/>
        <source>must be a two-letter country code, e.g. IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="215"/>
        <source>is more than 110 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="242"/>
        <source>does not match the sex entered (the code is for {sex})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="252"/>
        <source>does not match the birth date entered (the code says {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="265"/>
        <location filename="../../deskapp/models/schemas.py" line="269"/>
        <source>is required (or give the codice fiscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="285"/>
        <source>record the legal basis and the privacy notice version before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="372"/>
        <source>is not an ATECO code (e.g. 25.62 or 25.62.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="416"/>
        <source>cannot be more than the capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="421"/>
        <source>TFR and NASpI parts together exceed the capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="444"/>
        <source>choose a person or a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="448"/>
        <source>cannot be before the activity itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="479"/>
        <source>cannot be more than the amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="484"/>
        <source>cannot be before the submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../deskapp/models/enums.py" line="130"/>
        <location filename="../../deskapp/models/schemas.py" line="170"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="131"/>
        <location filename="../../deskapp/models/schemas.py" line="172"/>
        <source>Long-term unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="132"/>
        <location filename="../../deskapp/models/schemas.py" line="174"/>
        <source>Ex-detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="133"/>
        <location filename="../../deskapp/models/schemas.py" line="175"/>
        <source>Addiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="134"/>
        <location filename="../../deskapp/models/schemas.py" line="177"/>
        <source>Migrant background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/enums.py" line="135"/>
        <location filename="../../deskapp/models/schemas.py" line="180"/>
        <source>Other disadvantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="91"/>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="92"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="93"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="94"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="95"/>
        <location filename="../../deskapp/models/schemas.py" line="147"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="96"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="100"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="102"/>
        <location filename="../../deskapp/models/schemas.py" line="392"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="104"/>
        <location filename="../../deskapp/models/schemas.py" line="151"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="105"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="115"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="117"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="119"/>
        <source>Privacy notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="122"/>
        <location filename="../../deskapp/models/schemas.py" line="316"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="140"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="141"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="142"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="143"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="144"/>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="145"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="146"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="148"/>
        <location filename="../../deskapp/models/schemas.py" line="326"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="149"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="150"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="152"/>
        <source>Education (ISCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="154"/>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="157"/>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="159"/>
        <source>Previous employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="161"/>
        <source>Previous employer in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="164"/>
        <source>How they reached the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="167"/>
        <source>First contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="169"/>
        <location filename="../../deskapp/models/schemas.py" line="332"/>
        <location filename="../../deskapp/models/schemas.py" line="363"/>
        <location filename="../../deskapp/models/schemas.py" line="437"/>
        <location filename="../../deskapp/models/schemas.py" line="471"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="278"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="294"/>
        <source>Occupation or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="296"/>
        <source>ISTAT CP2011 / ESCO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="298"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="300"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="302"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="303"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="307"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="308"/>
        <location filename="../../deskapp/models/schemas.py" line="318"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="310"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="319"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="323"/>
        <source>Kind of resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="324"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="325"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="327"/>
        <source>Size (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="328"/>
        <source>Size notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="330"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="336"/>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="337"/>
        <source>Kind of project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="338"/>
        <source>Sector (ATECO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="339"/>
        <source>Lead operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="340"/>
        <source>Origin company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="342"/>
        <source>Origin company VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="345"/>
        <source>Origin company situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="348"/>
        <source>Planned legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="351"/>
        <source>Expected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="354"/>
        <source>Planned start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="357"/>
        <source>Actual start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="359"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="361"/>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="391"/>
        <location filename="../../deskapp/models/schemas.py" line="435"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="394"/>
        <source>Capital pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="397"/>
        <source>Capital paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="400"/>
        <source>of which from TFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="403"/>
        <source>of which from NASpI advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="430"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="431"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="433"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="436"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="438"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="455"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="457"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="460"/>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="463"/>
        <source>Amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="466"/>
        <source>Amount disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="468"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="469"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/models/schemas.py" line="470"/>
        <source>Disbursed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="33"/>
        <source>Welcome to deskapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="46"/>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="48"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="49"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="51"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="52"/>
        <source>Your name (first operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/first_run.py" line="62"/>
        <source>This database is new. Record your desk and yourself as its first operator; you will be its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="46"/>
        <source>deskapp - help desk registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="54"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="60"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="61"/>
        <location filename="../../deskapp/ui/main_window.py" line="104"/>
        <location filename="../../deskapp/ui/main_window.py" line="120"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="63"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="73"/>
        <source>no operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="75"/>
        <source>Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="76"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="78"/>
        <source>deskapp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="99"/>
        <source>Choose an operator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="130"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/main_window.py" line="138"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/main_window.py" line="140"/>
        <source>%n record(s) have changes that are not saved. Close without saving?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="59"/>
        <source>Search by surname, name, codice fiscale, phone, e-mail, municipality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="64"/>
        <source>All desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="66"/>
        <source>Any employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="67"/>
        <source>Any need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="68"/>
        <source>Any project stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="70"/>
        <source>Any first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="72"/>
        <source>First contact: last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="73"/>
        <source>First contact: last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="74"/>
        <source>First contact: this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="75"/>
        <source>First contact: last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskapp/ui/people_page.py" line="164"/>
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="169"/>
        <source>No one matches. Change the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/people_page.py" line="172"/>
        <source>Nobody is registered yet. Press Ctrl+N to register the first person, or try the app with invented people: &apos;deskapp demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="66"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="68"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="69"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="70"/>
        <location filename="../../deskapp/ui/person_form.py" line="324"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="71"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="72"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="73"/>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="74"/>
        <source>Citizenship (e.g. IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="78"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="80"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="81"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="82"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="83"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="84"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="88"/>
        <source>Work situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="92"/>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="95"/>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="96"/>
        <source>Previous employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="99"/>
        <source>Previous employer in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="104"/>
        <source>Education (ISCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="109"/>
        <source>How they reached the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="112"/>
        <source>First contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="116"/>
        <source>Special categories (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="121"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="130"/>
        <source>Sensitive data: ask only if the person agrees. “Declined to answer” is recorded as such; “Not asked” leaves it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="148"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="166"/>
        <location filename="../../deskapp/ui/person_form.py" line="169"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="213"/>
        <source>Privacy (required before the first save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="217"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="220"/>
        <source>Privacy notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="221"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="239"/>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="368"/>
        <source>Open person no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="371"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/person_form.py" line="379"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="46"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="47"/>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="48"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="49"/>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../deskapp/ui/registry_model.py" line="50"/>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPage</name>
    <message>
        <source>About these ideas</source>
        <translation>Über diese Ideen</translation>
    </message>
    <message>
        <source>A note of care</source>
        <translation>Ein Wort der Fürsorge</translation>
    </message>
    <message>
        <source>Kindling is not therapy, and it is not crisis support.</source>
        <translation>Kindling ist keine Therapie und keine Krisenhilfe.</translation>
    </message>
    <message>
        <source>It is a small companion for the making part of your life. If things feel heavy, or you are struggling to stay safe, please reach out to someone who can be with you: a person you trust, your doctor, or a local crisis line or emergency number. You deserve real, human help, and asking for it is a strong and kind thing to do.</source>
        <translation>Es ist ein kleiner Begleiter für den schöpferischen Teil deines Lebens. Wenn dir alles schwer wird oder du Mühe hast, dich sicher zu fühlen, wende dich bitte an jemanden, der für dich da sein kann: einen Menschen, dem du vertraust, deine Ärztin oder deinen Arzt, die Telefonseelsorge oder den Notruf. Du verdienst echte, menschliche Hilfe – und darum zu bitten, ist stark und gut zu dir selbst.</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Woher das kommt</translation>
    </message>
    <message>
        <source>Kindling borrows from compassion-focused therapy, developed by the British psychologist Paul Gilbert, first for people who carry a lot of shame and self-criticism. Its ideas are shared here in everyday words; they are a way of looking, not a diagnosis.</source>
        <translation>Kindling greift Gedanken der Compassion-Focused Therapy (mitgefühlsfokussierten Therapie) auf, die der britische Psychologe Paul Gilbert entwickelt hat – zuerst für Menschen, die viel Scham und Selbstkritik mit sich tragen. Hier stehen ihre Ideen in Alltagsworten: als eine Art, hinzuschauen, nicht als Diagnose.</translation>
    </message>
    <message>
        <source>Three ways of feeling</source>
        <translation>Drei Arten zu fühlen</translation>
    </message>
    <message>
        <source>The threat system watches for danger. It brings anxiety, anger, shame and the critical voice. It is quick and loud, and it means to protect you.</source>
        <translation>Das Bedrohungssystem hält Ausschau nach Gefahr. Es bringt Angst, Ärger, Scham und die kritische Stimme mit sich. Es ist schnell und laut – und es will dich schützen.</translation>
    </message>
    <message>
        <source>The drive system wants and strives: goals, achievement, the buzz of getting somewhere.</source>
        <translation>Das Antriebssystem will und strebt: Ziele, Leistung, das Kribbeln, wenn man vorankommt.</translation>
    </message>
    <message>
        <source>The soothing system brings calm, safety and connection. When it is awake we can rest, feel content, and become curious and playful again.</source>
        <translation>Das Beruhigungssystem schenkt Ruhe, Sicherheit und Verbundenheit. Wenn es wach ist, können wir uns ausruhen, zufrieden sein und wieder neugierig und verspielt werden.</translation>
    </message>
    <message>
        <source>We all have all three, and each has its place. Making things gets hard when threat takes over and every line becomes a verdict. The warm-up and the kind words are small ways of giving the soothing system more room.</source>
        <translation>Wir alle haben alle drei, und jedes hat seinen Platz. Schwer wird das Gestalten, wenn die Bedrohung übernimmt und jeder Strich zum Urteil wird. Die Einstimmung und die freundlichen Worte sind kleine Wege, dem beruhigenden System mehr Raum zu geben.</translation>
    </message>
    <message>
        <source>The compassionate self</source>
        <translation>Das mitfühlende Selbst</translation>
    </message>
    <message>
        <source>Compassion here means noticing when you are struggling, and wanting to help rather than to blame. The compassionate self is a version of you that is wise, kind, strong, caring and calm. You can practise stepping into it, a little like an actor steps into a role, and it grows with use.</source>
        <translation>Mitgefühl heißt hier: zu bemerken, wenn es dir schwerfällt, und helfen zu wollen statt zu urteilen. Das mitfühlende Selbst ist eine Seite von dir, die weise, freundlich, stark, fürsorglich und ruhig ist. Du kannst üben, in sie hineinzuschlüpfen, ein wenig wie eine Schauspielerin in eine Rolle – und sie wächst, je öfter du es tust.</translation>
    </message>
    <message>
        <source>Slow, even breathing, around five or six breaths a minute, helps the body settle first. You don&apos;t have to feel any of it fully for it to help: the practising is the point.</source>
        <translation>Langsames, gleichmäßiges Atmen, etwa fünf bis sechs Atemzüge in der Minute, hilft dem Körper, vorher zur Ruhe zu kommen. Du musst nichts davon ganz spüren, damit es hilft: Es geht ums Üben.</translation>
    </message>
    <message>
        <source>To read more</source>
        <translation>Zum Weiterlesen</translation>
    </message>
    <message>
        <source>Paul Gilbert&apos;s book “The Compassionate Mind” is a warm introduction. The Compassionate Mind Foundation, which he founded, shares more.</source>
        <translation>Paul Gilberts Buch „The Compassionate Mind“ (deutsch: „Wie wir Mitgefühl entwickeln“) ist eine warmherzige Einführung. Die von ihm gegründete Compassionate Mind Foundation bietet mehr dazu.</translation>
    </message>
</context>
<context>
    <name>AnswerLine</name>
    <message>
        <source>For what it said:</source>
        <translation>Zu dem, was er gesagt hat:</translation>
    </message>
    <message>
        <source>An answer to what you wrote</source>
        <translation>Eine Antwort auf das, was du geschrieben hast</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your desktop gave Kindling %1 for “Critic noticed”.</source>
        <translation>Deine Arbeitsumgebung hat Kindling %1 für „Kritiker bemerkt“ gegeben.</translation>
    </message>
    <message>
        <source>Your desktop did not give Kindling the hotkey. You can bind this command to a key in its keyboard settings instead: %1</source>
        <translation>Deine Arbeitsumgebung hat Kindling das Tastenkürzel nicht gegeben. Du kannst stattdessen diesen Befehl in ihren Tastatureinstellungen auf eine Taste legen: %1</translation>
    </message>
    <message>
        <source>The folder %1 is not yours alone, so Kindling is not listening there: `kindling critic` in a terminal cannot reach this window. The hotkey and the buttons work as usual. `kindling doctor` says more.</source>
        <translation>Der Ordner %1 gehört nicht dir allein, deshalb hört Kindling dort nicht zu: `kindling critic` im Terminal erreicht dieses Fenster nicht. Das Tastenkürzel und die Knöpfe funktionieren wie gewohnt. `kindling doctor` erzählt mehr.</translation>
    </message>
    <message>
        <source>Commands from a terminal cannot reach Kindling</source>
        <translation>Befehle aus dem Terminal erreichen Kindling nicht</translation>
    </message>
    <message>
        <source>Critic noticed: note the moment your inner critic speaks up</source>
        <translation>Kritiker bemerkt: den Moment festhalten, in dem sich dein innerer Kritiker meldet</translation>
    </message>
    <message>
        <source>You can choose another combination in Settings.</source>
        <translation>In den Einstellungen kannst du eine andere Kombination wählen.</translation>
    </message>
    <message>
        <source>Kindling did not open</source>
        <translation>Kindling wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Kindling will not keep your journal in %1, because that folder is not yours alone: others could change what is in it. Nothing was changed there.

Please choose a folder only you can write to (with --data-dir), or ask whoever shares that folder to make it yours alone.</source>
        <translation>Kindling legt dein Tagebuch nicht in %1 ab, weil dieser Ordner nicht dir allein gehört: Andere könnten ändern, was darin liegt. Dort wurde nichts verändert.

Bitte wähle einen Ordner, in den nur du schreiben kannst (mit --data-dir), oder bitte die Person, mit der du den Ordner teilst, ihn dir allein zu überlassen.</translation>
    </message>
    <message>
        <source>Kindling could not open your journal</source>
        <translation>Kindling konnte dein Tagebuch nicht öffnen</translation>
    </message>
</context>
<context>
    <name>BarPlace</name>
    <message>
        <source>Where the session bar sits</source>
        <translation>Wo die Sessionleiste sitzt</translation>
    </message>
    <message>
        <source>A screen with your program on it and a small bar in the top-right corner.</source>
        <translation>Ein Bildschirm mit deinem Programm darauf und einer kleinen Leiste oben rechts.</translation>
    </message>
</context>
<context>
    <name>BreathingChoice</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemrhythmus</translation>
    </message>
    <message>
        <source>The rhythm of the breathing guide in the warm-up.</source>
        <translation>Der Rhythmus der Atemanleitung in der Einstimmung.</translation>
    </message>
    <message>
        <source>Your own rhythm</source>
        <translation>Dein eigener Rhythmus</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <source>Seconds to breathe in.</source>
        <translation>Sekunden zum Einatmen.</translation>
    </message>
    <message>
        <source>Seconds to hold after breathing in (0 for none).</source>
        <translation>Sekunden zum Halten nach dem Einatmen (0 für keine).</translation>
    </message>
    <message>
        <source>Seconds to breathe out.</source>
        <translation>Sekunden zum Ausatmen.</translation>
    </message>
    <message>
        <source>Seconds to rest after breathing out (0 for none).</source>
        <translation>Sekunden zum Ruhen nach dem Ausatmen (0 für keine).</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Soothing rhythm (5 in, 5 out)</source>
        <translation>Beruhigender Rhythmus (5 ein, 5 aus)</translation>
    </message>
    <message>
        <source>Longer out-breath (4 in, 6 out)</source>
        <translation>Längeres Ausatmen (4 ein, 6 aus)</translation>
    </message>
    <message>
        <source>Box breathing (4, 4, 4, 4)</source>
        <translation>Box-Atmung (4, 4, 4, 4)</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemanleitung</translation>
    </message>
    <message>
        <source>Breathing guidance</source>
        <translation>Anleitung zum Atmen</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Einatmen …</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>Ausatmen …</translation>
    </message>
    <message>
        <source>Hold, gently…</source>
        <translation>Sanft halten …</translation>
    </message>
    <message>
        <source>Rest…</source>
        <translation>Ruhen …</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>The part of you that watches for danger: worry, tension, the critic.</source>
        <translation>Der Teil von dir, der nach Gefahr Ausschau hält: Sorge, Anspannung, der Kritiker.</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>The part that wants and strives: energy, eagerness, pressure to get on.</source>
        <translation>Der Teil, der will und strebt: Energie, Eifer, der Druck, voranzukommen.</translation>
    </message>
    <message>
        <source>Soothing</source>
        <translation>Beruhigung</translation>
    </message>
    <message>
        <source>The part that feels safe and settled: calm, warmth, being at ease.</source>
        <translation>Der Teil, der sich sicher und geborgen fühlt: Ruhe, Wärme, Gelassenheit.</translation>
    </message>
    <message>
        <source>%1, from 0 to 10</source>
        <translation>%1, von 0 bis 10</translation>
    </message>
    <message>
        <source>0 means hardly at all, 10 means very strongly.</source>
        <translation>0 heißt kaum, 10 heißt sehr stark.</translation>
    </message>
    <message>
        <source>0 · hardly at all</source>
        <translation>0 · kaum</translation>
    </message>
    <message>
        <source>very strongly · 10</source>
        <translation>sehr stark · 10</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Kindling is still here</source>
        <translation>Kindling ist noch da</translation>
    </message>
    <message>
        <source>Your session keeps going. The tray icon brings the window back.</source>
        <translation>Deine Session läuft weiter. Über das Symbol im Infobereich kommt das Fenster zurück.</translation>
    </message>
    <message>
        <source>Your session is still going</source>
        <translation>Deine Session läuft noch</translation>
    </message>
    <message>
        <source>Would you like to end the session, or keep it going quietly?</source>
        <translation>Möchtest du die Session beenden oder still weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>If you keep it going, the hotkey and “kindling critic” still work, and opening Kindling again brings this window back.</source>
        <translation>Wenn sie weiterläuft, funktionieren das Tastenkürzel und „kindling critic“ weiter, und wenn du Kindling erneut öffnest, kommt dieses Fenster zurück.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Session beenden</translation>
    </message>
    <message>
        <source>Keep it going</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Hierbleiben</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Closing the session</source>
        <translation>Die Session abschließen</translation>
    </message>
    <message>
        <source>Before you go, a moment for yourself</source>
        <translation>Bevor du gehst: ein Moment für dich</translation>
    </message>
    <message>
        <source>However the work went, you showed up for it. How do you feel now?</source>
        <translation>Wie auch immer die Arbeit lief – du warst da. Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Ohne Hineinspüren weiter</translation>
    </message>
    <message>
        <source>For example: I let the colours be messy.</source>
        <translation>Zum Beispiel: Ich habe die Farben einfach chaotisch sein lassen.</translation>
    </message>
    <message>
        <source>Goes on without the three sliders; nothing is kept for how you feel.</source>
        <translation>Geht ohne die drei Schieberegler weiter; zu deinem Befinden wird nichts festgehalten.</translation>
    </message>
    <message>
        <source>One kind thing to say to yourself</source>
        <translation>Ein freundlicher Satz an dich selbst</translation>
    </message>
    <message>
        <source>Only if you like; it is kept with this session.</source>
        <translation>Nur wenn du magst; er bleibt bei dieser Session.</translation>
    </message>
    <message>
        <source>A kind sentence to yourself, kept with this session. You can leave it empty.</source>
        <translation>Ein freundlicher Satz an dich selbst, bewahrt bei dieser Session. Du kannst das Feld auch leer lassen.</translation>
    </message>
    <message>
        <source>Setting the work down</source>
        <translation>Die Arbeit ablegen</translation>
    </message>
    <message>
        <source>If you like, one slow breath before you go: in, and out, and let the work rest until next time. Or simply go on.</source>
        <translation>Wenn du magst, ein langsamer Atemzug, bevor du gehst: ein und aus, und die Arbeit darf bis zum nächsten Mal ruhen. Oder geh einfach weiter.</translation>
    </message>
    <message>
        <source>Back to my work</source>
        <translation>Zurück zu meiner Arbeit</translation>
    </message>
    <message>
        <source>Go back to the session</source>
        <translation>Zurück zur Session</translation>
    </message>
    <message>
        <source>The session keeps going, and the session bar comes back.</source>
        <translation>Die Session läuft weiter, und die Sessionleiste kommt zurück.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next question</source>
        <translation>Weiter zur nächsten Frage</translation>
    </message>
    <message>
        <source>End and see the summary</source>
        <translation>Beenden und Rückschau ansehen</translation>
    </message>
    <message>
        <source>End the session and see the summary</source>
        <translation>Die Session beenden und die Rückschau ansehen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>CompassionateSelf</name>
    <message>
        <source>The compassionate self</source>
        <translation>Das mitfühlende Selbst</translation>
    </message>
    <message>
        <source>Take as long as you like with each step; nothing here is timed.</source>
        <translation>Nimm dir für jeden Schritt so viel Zeit, wie du magst – hier läuft keine Uhr.</translation>
    </message>
    <message>
        <source>Begin creating now</source>
        <translation>Jetzt mit dem Gestalten beginnen</translation>
    </message>
    <message>
        <source>Goes straight on to your session.</source>
        <translation>Geht direkt weiter zu deiner Session.</translation>
    </message>
    <message>
        <source>Bring to mind a kinder you</source>
        <translation>Stell dir ein freundlicheres Du vor</translation>
    </message>
    <message>
        <source>Imagine a version of you that is wise, kind, strong, caring and calm. It does not need to feel real yet; imagining it is enough.</source>
        <translation>Stell dir eine Seite von dir vor, die weise, freundlich, stark, fürsorglich und ruhig ist. Sie muss sich noch nicht echt anfühlen – sie dir vorzustellen, genügt.</translation>
    </message>
    <message>
        <source>Let your face and voice soften</source>
        <translation>Lass Gesicht und Stimme weich werden</translation>
    </message>
    <message>
        <source>Let your face relax, perhaps into a small, warm smile. Notice your inner voice becoming slower and gentler, the way you would speak to a friend.</source>
        <translation>Lass dein Gesicht locker werden, vielleicht zu einem kleinen, warmen Lächeln. Spüre, wie deine innere Stimme langsamer und sanfter wird – so, wie du mit einer Freundin sprechen würdest.</translation>
    </message>
    <message>
        <source>Let this self guide the session</source>
        <translation>Lass dieses Selbst die Session begleiten</translation>
    </message>
    <message>
        <source>Let this kinder self sit beside you while you work. When the critic speaks, this part of you can answer, warmly and without hurry.</source>
        <translation>Lass dieses freundlichere Selbst neben dir sitzen, während du arbeitest. Wenn der Kritiker spricht, kann dieser Teil von dir antworten – warm und ohne Eile.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Skip the compassionate-self steps</source>
        <translation>Die Schritte zum mitfühlenden Selbst überspringen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Begin creating</source>
        <translation>Mit dem Gestalten beginnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>CriticToast</name>
    <message>
        <source>A kind word for the critic</source>
        <translation>Freundliche Worte an den Kritiker</translation>
    </message>
    <message>
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
    </message>
    <message>
        <source>Closes the card now. Escape does the same.</source>
        <translation>Schließt die Karte jetzt. Die Esc-Taste tut dasselbe.</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Zuspruch</translation>
    </message>
    <message>
        <source>Not yet saved</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>What the critic said, if you like</source>
        <translation>Was der Kritiker gesagt hat, wenn du magst</translation>
    </message>
    <message>
        <source>A few words about what the critic said, kept with this moment. Enter keeps them.</source>
        <translation>Ein paar Worte dazu, was der Kritiker gesagt hat – sie bleiben bei diesem Moment. Mit der Eingabetaste behältst du sie.</translation>
    </message>
    <message>
        <source>What did it say? (only if you like)</source>
        <translation>Was hat er gesagt? (nur wenn du magst)</translation>
    </message>
    <message>
        <source>What was kept</source>
        <translation>Was festgehalten wurde</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Das hat geholfen</translation>
    </message>
    <message>
        <source>Tells Kindling this kind word helped you, so it can offer it again.</source>
        <translation>Sagt Kindling, dass dir diese freundlichen Worte geholfen haben, damit sie wiederkommen dürfen.</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Dieses lieber nicht</translation>
    </message>
    <message>
        <source>You heard it, and you noticed.</source>
        <translation>Du hast es gehört – und bemerkt.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Weglegen</translation>
    </message>
    <message>
        <source>Put this card away</source>
        <translation>Diese Karte weglegen</translation>
    </message>
    <message>
        <source>Tells Kindling this one didn&apos;t fit; another will come next time.</source>
        <translation>Sagt Kindling, dass diese Worte nicht gepasst haben – beim nächsten Mal kommen andere.</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Eine Session beginnen</translation>
    </message>
    <message>
        <source>Your journal couldn&apos;t take this moment just now (perhaps the disk is full). It is kept safe here, and Kindling will save it as soon as there is room.</source>
        <translation>Dein Journal konnte diesen Moment gerade nicht aufnehmen (vielleicht ist die Festplatte voll). Er ist hier sicher aufgehoben, und Kindling speichert ihn, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>No session is running just now, so this moment wasn&apos;t noted. Would you like to start one?</source>
        <translation>Gerade läuft keine Session, deshalb wurde dieser Moment nicht festgehalten. Möchtest du eine beginnen?</translation>
    </message>
    <message>
        <source>Ah, hello again.</source>
        <translation>Ah, hallo, da bist du wieder.</translation>
    </message>
    <message>
        <source>Oh, it&apos;s you. Hello.</source>
        <translation>Oh, du bist es. Hallo.</translation>
    </message>
    <message>
        <source>There it is. You noticed.</source>
        <translation>Da ist er. Du hast es bemerkt.</translation>
    </message>
    <message>
        <source>Hello, old critic. I see you.</source>
        <translation>Hallo, alter Kritiker. Ich sehe dich.</translation>
    </message>
    <message>
        <source>Noticed, gently. That&apos;s the hard part.</source>
        <translation>Sanft bemerkt. Das ist der schwierige Teil.</translation>
    </message>
    <message>
        <source>Glad it helped.</source>
        <translation>Schön, dass es geholfen hat.</translation>
    </message>
    <message>
        <source>Noted. Another one next time.</source>
        <translation>Notiert. Nächstes Mal ein anderes.</translation>
    </message>
    <message>
        <source>Kept with this moment.</source>
        <translation>Bei diesem Moment festgehalten.</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Your journal is kept only on this computer, in %1. Backups are in %2.</source>
        <translation>Dein Tagebuch liegt nur auf diesem Computer, in %1. Sicherungen liegen in %2.</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Wo deine Daten liegen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Shows the folder holding your journal and backups in the file manager.</source>
        <translation>Zeigt den Ordner mit deinem Tagebuch und den Sicherungen in der Dateiverwaltung.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen …</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Asks first. Then removes every session, note, backup and setting.</source>
        <translation>Fragt zuerst nach. Entfernt dann jede Session, jede Notiz, jede Sicherung und jede Einstellung.</translation>
    </message>
    <message>
        <source>Leaves everything as it is and closes this question.</source>
        <translation>Lässt alles, wie es ist, und schließt diese Frage.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>This removes every session, every note you wrote, all backups, logs and settings from this computer. It can&apos;t be undone. If you might want them later, you could export them first from the history.</source>
        <translation>Damit verschwinden jede Session, jede Notiz, die du geschrieben hast, alle Sicherungen, Protokolle und Einstellungen von diesem Computer. Das lässt sich nicht rückgängig machen. Falls du sie später vielleicht noch brauchst, kannst du sie vorher im Verlauf exportieren.</translation>
    </message>
    <message>
        <source>Yes, delete everything</source>
        <translation>Ja, alles löschen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Not everything could be deleted; some files are still in %1. You can remove that folder by hand.</source>
        <translation>Nicht alles ließ sich löschen; einige Dateien liegen noch in %1. Du kannst diesen Ordner von Hand entfernen.</translation>
    </message>
    <message>
        <source>Everything is deleted. Kindling will now close.</source>
        <translation>Alles ist gelöscht. Kindling schließt sich jetzt.</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>Narrow the list</source>
        <translation>Liste eingrenzen</translation>
    </message>
    <message>
        <source>Search intentions, notes and reflections</source>
        <translation>Absichten, Notizen und Rückblicke durchsuchen</translation>
    </message>
    <message>
        <source>Search your sessions</source>
        <translation>Deine Sessions durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the sessions whose intention, notes or reflection hold these words.</source>
        <translation>Zeigt nur die Sessions, in deren Absicht, Notizen oder Rückblick diese Worte vorkommen.</translation>
    </message>
    <message>
        <source>Kind of making</source>
        <translation>Art des Gestaltens</translation>
    </message>
    <message>
        <source>Shows only one kind of making.</source>
        <translation>Zeigt nur eine Art des Gestaltens.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Shows only the sessions from this time.</source>
        <translation>Zeigt nur die Sessions aus dieser Zeit.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>The past week</source>
        <translation>Die letzte Woche</translation>
    </message>
    <message>
        <source>The past month</source>
        <translation>Der letzte Monat</translation>
    </message>
    <message>
        <source>The past year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Zwischen zwei Tagen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The first day to show.</source>
        <translation>Der erste Tag, der gezeigt wird.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The last day to show.</source>
        <translation>Der letzte Tag, der gezeigt wird.</translation>
    </message>
    <message>
        <source>All kinds of making</source>
        <translation>Jede Art des Gestaltens</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Making</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>How many times you noticed the critic in the session</source>
        <translation>Wie oft du den Kritiker in der Session bemerkt hast</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <source>Soothing</source>
        <translation>Beruhigung</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>How present your soothing system felt, before and after (0 to 10)</source>
        <translation>Wie spürbar dein Beruhigungssystem war, vorher und nachher (0 bis 10)</translation>
    </message>
    <message>
        <source>Each noticed critic is a moment of awareness</source>
        <translation>Jeder bemerkte Kritiker ist ein Moment der Achtsamkeit</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Your history</source>
        <translation>Dein Verlauf</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessions, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Enter or a double click opens the chosen session&apos;s summary.</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet die Zusammenfassung der gewählten Session.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Yes, delete this session</source>
        <translation>Ja, diese Session löschen</translation>
    </message>
    <message>
        <source>You can still put it back for a few seconds afterwards.</source>
        <translation>Ein paar Sekunden lang kannst du sie danach noch zurückholen.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No, keep this session</source>
        <translation>Nein, diese Session behalten</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade geschehen ist</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put the deleted session back</source>
        <translation>Die gelöschte Session zurückholen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s summary</source>
        <translation>Die Rückschau der gewählten Session öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation>Die gewählte Session löschen</translation>
    </message>
    <message>
        <source>Asks first; nothing goes at once.</source>
        <translation>Fragt erst nach; nichts verschwindet sofort.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export your sessions to a file</source>
        <translation>Deine Sessions in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Exported files are not encrypted.</source>
        <translation>Exportierte Dateien sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Offers three kinds of file. Exported files are not encrypted.</source>
        <translation>Bietet drei Arten von Dateien an. Exportierte Dateien sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Everything, to import again (JSON)…</source>
        <translation>Alles, zum späteren Wiedereinlesen (JSON) …</translation>
    </message>
    <message>
        <source>For a spreadsheet (CSV)…</source>
        <translation>Für eine Tabellenkalkulation (CSV) …</translation>
    </message>
    <message>
        <source>As a readable journal (Markdown)…</source>
        <translation>Als lesbares Tagebuch (Markdown) …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import sessions from a Kindling export</source>
        <translation>Sessions aus einem Kindling-Export importieren</translation>
    </message>
    <message>
        <source>Adds the sessions from a file; the ones already here stay as they are.</source>
        <translation>Fügt die Sessions aus einer Datei hinzu; die schon vorhandenen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>← Back to your history</source>
        <translation>← Zurück zu deinem Verlauf</translation>
    </message>
    <message>
        <source>Back to your history</source>
        <translation>Zurück zu deinem Verlauf</translation>
    </message>
    <message>
        <source>No sessions match. Try fewer words or a wider time.</source>
        <translation>Keine Session passt. Versuch es mit weniger Worten oder einem größeren Zeitraum.</translation>
    </message>
    <message>
        <source>Your sessions will gather here, one by one, as you make things.</source>
        <translation>Hier sammeln sich deine Sessions, eine nach der anderen, während du schaffst.</translation>
    </message>
    <message>
        <source>That session is no longer here.</source>
        <translation>Diese Session ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Delete the session from %2 (%1)? Its moments and notes go with it.</source>
        <translation>Die Session vom %2 (%1) löschen? Ihre Momente und Notizen verschwinden mit ihr.</translation>
    </message>
    <message>
        <source>This session is still going. End it first.</source>
        <translation>Diese Session läuft noch. Beende sie zuerst.</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>Die Session wurde gelöscht.</translation>
    </message>
    <message>
        <source>The session is back.</source>
        <translation>Die Session ist wieder da.</translation>
    </message>
    <message>
        <source>Export your sessions</source>
        <translation>Deine Sessions exportieren</translation>
    </message>
    <message>
        <source>The file could not be written there. Please choose another place.</source>
        <translation>Die Datei ließ sich dort nicht schreiben. Bitte wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>Saved to %1. The file is not encrypted: please keep it somewhere private.</source>
        <translation>Gesichert unter %1. Die Datei ist nicht verschlüsselt – bitte bewahre sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Import a Kindling export</source>
        <translation>Einen Kindling-Export importieren</translation>
    </message>
    <message>
        <source>Kindling exports (*.json)</source>
        <translation>Kindling-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported, and your journal is unchanged. %1</source>
        <translation>Es wurde nichts importiert, und dein Tagebuch ist unverändert. %1</translation>
    </message>
    <message>
        <source>No new sessions were added.</source>
        <translation>Es kamen keine neuen Sessions hinzu.</translation>
    </message>
    <message>
        <source>One session was added.</source>
        <translation>Eine Session kam hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions were added.</source>
        <translation>
            <numerusform>%n Session kam hinzu.</numerusform>
            <numerusform>%n Sessions kamen hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>One was already here.</source>
        <translation>Eine war schon da.</translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n war schon da.</numerusform>
            <numerusform>%n waren schon da.</numerusform>
        </translation>
    </message>
    <message>
        <source>One differs from yours, so yours was kept as it is.</source>
        <translation>Eine weicht von deiner ab, deshalb blieb deine, wie sie ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n differ from yours, so yours were kept as they are.</source>
        <translation>
            <numerusform>%n weicht von deiner ab, deshalb blieb deine, wie sie ist.</numerusform>
            <numerusform>%n weichen von deinen ab, deshalb blieben deine, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HotkeyField</name>
    <message>
        <source>Your desktop passes %1 to Kindling from every program, through its global shortcuts portal.</source>
        <translation>Deine Arbeitsumgebung gibt %1 aus jedem Programm an Kindling weiter, über ihr Portal für globale Tastenkürzel.</translation>
    </message>
    <message>
        <source>Kindling has asked your desktop for %1. It may ask you about it in a window of its own; this line changes once it has answered.</source>
        <translation>Kindling hat deine Arbeitsumgebung um %1 gebeten. Vielleicht fragt sie dich in einem eigenen Fenster danach; diese Zeile ändert sich, sobald sie geantwortet hat.</translation>
    </message>
    <message>
        <source>Critic noticed hotkey</source>
        <translation>Tastenkürzel für „Kritiker bemerkt“</translation>
    </message>
    <message>
        <source>Press a new key combination with Ctrl, Alt or the Super key to change it.</source>
        <translation>Drücke eine neue Tastenkombination mit Strg, Alt oder der Super-Taste, um es zu ändern.</translation>
    </message>
    <message>
        <source>Hotkey status</source>
        <translation>Status des Tastenkürzels</translation>
    </message>
    <message>
        <source>On a Mac, the hotkey&apos;s letter is the key in that letter&apos;s place on a US keyboard. With another layout, such as Dvorak, it may be a different key.</source>
        <translation>Auf einem Mac gilt für den Buchstaben des Tastenkürzels die Taste, die auf einer US-Tastatur an seiner Stelle liegt. Mit einer anderen Belegung, etwa Dvorak, kann das eine andere Taste sein.</translation>
    </message>
    <message>
        <source>About keyboard layouts</source>
        <translation>Über Tastaturbelegungen</translation>
    </message>
    <message>
        <source>Press a key combination here to change it.</source>
        <translation>Drücke hier eine Tastenkombination, um es zu ändern.</translation>
    </message>
    <message>
        <source>Kindling is listening for %1 everywhere, even in other programs.</source>
        <translation>Kindling hört überall auf %1, auch in anderen Programmen.</translation>
    </message>
    <message>
        <source>Another program already uses %1, so Kindling is still listening for %2. Perhaps try another combination?</source>
        <translation>Ein anderes Programm nutzt %1 schon, deshalb hört Kindling weiter auf %2. Magst du eine andere Kombination ausprobieren?</translation>
    </message>
    <message>
        <source>%1 can&apos;t be used as a hotkey here. Perhaps try another?</source>
        <translation>%1 lässt sich hier nicht als Tastenkürzel verwenden. Magst du ein anderes ausprobieren?</translation>
    </message>
    <message>
        <source>Kindling can&apos;t listen for keys on this desktop. You can bind the command “kindling critic” to %1 in your desktop&apos;s keyboard settings instead.</source>
        <translation>Auf dieser Arbeitsumgebung kann Kindling nicht auf Tasten hören. Du kannst stattdessen den Befehl „kindling critic“ in den Tastatureinstellungen deiner Arbeitsumgebung auf %1 legen.</translation>
    </message>
</context>
<context>
    <name>InProgressPage</name>
    <message>
        <source>Your session is going</source>
        <translation>Deine Session läuft</translation>
    </message>
    <message>
        <source>The session bar is waiting beside your work. When the critic speaks up, “Critic noticed” or your hotkey is there for it.</source>
        <translation>Die Session-Leiste wartet neben deiner Arbeit. Wenn sich der Kritiker meldet, sind „Kritiker bemerkt“ und dein Tastenkürzel für dich da.</translation>
    </message>
    <message>
        <source>Back to my work</source>
        <translation>Zurück zu meiner Arbeit</translation>
    </message>
    <message>
        <source>Hide this window and go back to your work</source>
        <translation>Dieses Fenster ausblenden und zurück zu deiner Arbeit</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Session beenden</translation>
    </message>
    <message>
        <source>End the session, with a closing check-in</source>
        <translation>Die Session beenden, mit einem abschließenden Check-in</translation>
    </message>
    <message>
        <source>You have been making for %1, not counting the warm-up.</source>
        <translation>Zeit beim Gestalten bisher: %1, das Aufwärmen nicht mitgezählt.</translation>
    </message>
</context>
<context>
    <name>InsightSentences</name>
    <message>
        <source>These twelve weeks were quiet for making. Your work will be here whenever you come back to it.</source>
        <translation>In diesen zwölf Wochen war es still ums Gestalten. Deine Arbeit ist da, wann immer du zu ihr zurückkommst.</translation>
    </message>
    <message>
        <source>One session in these twelve weeks. It was time you gave your work, and it counts for itself.</source>
        <translation>Eine Session in diesen zwölf Wochen. Es war Zeit, die du deiner Arbeit geschenkt hast, und sie zählt für sich.</translation>
    </message>
    <message>
        <source>You have been making room for your work more often lately. Enjoy it; rhythms come and go.</source>
        <translation>In letzter Zeit hast du deiner Arbeit öfter Raum gegeben. Genieß es; Rhythmen kommen und gehen.</translation>
    </message>
    <message>
        <source>There has been less time for making lately. That happens; life has seasons, and your work will wait for you kindly.</source>
        <translation>In letzter Zeit blieb weniger Zeit zum Gestalten. Das gehört dazu; das Leben hat seine Jahreszeiten, und deine Arbeit wartet freundlich auf dich.</translation>
    </message>
    <message>
        <source>You have kept coming back to your work at a steady pace.</source>
        <translation>Du bist in ruhigem, gleichmäßigem Takt zu deiner Arbeit zurückgekommen.</translation>
    </message>
    <message>
        <source>When you check in before and after a session, how soothed you felt will gather here.</source>
        <translation>Wenn du vor und nach einer Session in dich hineinspürst, sammelt sich hier, wie beruhigt du dich gefühlt hast.</translation>
    </message>
    <message>
        <source>You have checked in before and after one session. Each check-in is a moment of listening to yourself.</source>
        <translation>Du hast vor und nach einer Session in dich hineingespürt. Jedes Hineinspüren ist ein Moment, in dem du dir zuhörst.</translation>
    </message>
    <message>
        <source>Soothing has come a little more easily lately. Something you are doing is helping.</source>
        <translation>Beruhigung hat sich in letzter Zeit etwas leichter eingestellt. Etwas von dem, was du tust, hilft.</translation>
    </message>
    <message>
        <source>Soothing was harder to reach lately; that happens, and you still made something.</source>
        <translation>Beruhigung war in letzter Zeit schwerer zu erreichen; das kommt vor, und du hast trotzdem etwas geschaffen.</translation>
    </message>
    <message>
        <source>Soothing has felt much the same from session to session. Coming back to it is already kind.</source>
        <translation>Die Beruhigung hat sich von Session zu Session ähnlich angefühlt. Immer wieder zu ihr zurückzukehren, ist schon freundlich.</translation>
    </message>
    <message>
        <source>When you notice the critic in a session, the moments will gather here.</source>
        <translation>Wenn du den Kritiker in einer Session bemerkst, sammeln sich die Momente hier.</translation>
    </message>
    <message>
        <source>For you, the critic most often arrives in the first minutes. A warm-up may meet it there.</source>
        <translation>Bei dir kommt der Kritiker am häufigsten in den ersten Minuten. Ein Einstimmen kann ihm dort begegnen.</translation>
    </message>
    <message>
        <source>For you, the critic most often arrives after about %1 minutes. Noticing it there is the skill.</source>
        <translation>Bei dir kommt der Kritiker am häufigsten nach etwa %1 Minuten. Ihn dort zu bemerken, ist die eigentliche Kunst.</translation>
    </message>
    <message>
        <source>Finished sessions will show here.</source>
        <translation>Abgeschlossene Sessions erscheinen hier.</translation>
    </message>
    <message>
        <source>As you try other kinds of making, you will see here where the critic is quieter.</source>
        <translation>Wenn du andere Arten des Gestaltens ausprobierst, siehst du hier, wo der Kritiker leiser ist.</translation>
    </message>
    <message>
        <source>Where the critic tends to be quietest for you: %1.</source>
        <translation>Wo der Kritiker bei dir meist am leisesten ist: %1.</translation>
    </message>
    <message>
        <source>As you make things at other times of day, you will see here when the critic is quieter.</source>
        <translation>Wenn du zu anderen Tageszeiten gestaltest, siehst du hier, wann der Kritiker leiser ist.</translation>
    </message>
    <message>
        <source>The critic tends to be quietest for you in the mornings.</source>
        <translation>Am leisesten ist der Kritiker bei dir meist morgens.</translation>
    </message>
    <message>
        <source>The critic tends to be quietest for you in the afternoons.</source>
        <translation>Am leisesten ist der Kritiker bei dir meist nachmittags.</translation>
    </message>
    <message>
        <source>The critic tends to be quietest for you in the evenings.</source>
        <translation>Am leisesten ist der Kritiker bei dir meist abends.</translation>
    </message>
    <message>
        <source>The critic tends to be quietest for you at night.</source>
        <translation>Am leisesten ist der Kritiker bei dir meist nachts.</translation>
    </message>
    <message>
        <source>Try sessions with and without a warm-up, and you will see here how each felt.</source>
        <translation>Probier Sessions mit und ohne Einstimmung aus, dann siehst du hier, wie sich beide angefühlt haben.</translation>
    </message>
    <message>
        <source>For you, sessions that began with a warm-up tended to end more soothed.</source>
        <translation>Bei dir endeten Sessions, die mit einer Einstimmung begannen, meist beruhigter.</translation>
    </message>
    <message>
        <source>For you, sessions without a warm-up ended just as soothed or more. Go with whatever suits the day.</source>
        <translation>Bei dir endeten Sessions ohne Einstimmung genauso beruhigt oder mehr. Wähl, was zum Tag passt.</translation>
    </message>
    <message>
        <source>Warm-up or not, the difference is small for you so far.</source>
        <translation>Mit oder ohne Einstimmung: Der Unterschied ist bei dir bisher klein.</translation>
    </message>
    <message>
        <source>The kind words you marked as helping, the most helpful first.</source>
        <translation>Die freundlichen Worte, die dir geholfen haben, die hilfreichsten zuerst.</translation>
    </message>
    <message>
        <source>When kind words help, mark them on the card; the ones that helped will gather here.</source>
        <translation>Wenn freundliche Worte helfen, markiere sie auf der Karte; die hilfreichen sammeln sich hier.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Patterns over time</source>
        <translation>Muster im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Always compared with your own past, never with anyone else.</source>
        <translation>Immer verglichen mit deiner eigenen Vergangenheit, nie mit anderen.</translation>
    </message>
    <message>
        <source>Patterns will show with time</source>
        <translation>Muster zeigen sich mit der Zeit</translation>
    </message>
    <message>
        <source>When in a session the critic tends to arrive</source>
        <translation>Wann in einer Session der Kritiker meist auftaucht</translation>
    </message>
    <message>
        <source>Patterns will show with time. After a handful of sessions, this page will gently show when your critic tends to visit and what helps.</source>
        <translation>Muster zeigen sich mit der Zeit. Nach einer Handvoll Sessions zeigt diese Seite behutsam, wann dein Kritiker meist vorbeischaut und was hilft.</translation>
    </message>
    <message>
        <source>%1+ min</source>
        <translation>%1+ Min.</translation>
    </message>
    <message>
        <source>your usual</source>
        <translation>dein üblicher Wert</translation>
    </message>
    <message>
        <source>Your weeks of making</source>
        <translation>Deine Wochen des Gestaltens</translation>
    </message>
    <message>
        <source>The critic, by kind of making</source>
        <translation>Der Kritiker, nach Art des Gestaltens</translation>
    </message>
    <message>
        <source>The critic, by time of day</source>
        <translation>Der Kritiker, nach Tageszeit</translation>
    </message>
    <message>
        <source>Soothing, lately</source>
        <translation>Beruhigung in letzter Zeit</translation>
    </message>
    <message>
        <source>Soothing with and without a warm-up</source>
        <translation>Beruhigung mit und ohne Einstimmung</translation>
    </message>
    <message>
        <source>The kind words that helped most</source>
        <translation>Die freundlichen Worte, die am meisten geholfen haben</translation>
    </message>
    <message>
        <source>Sessions each week for the past twelve weeks, by the week&apos;s Monday.</source>
        <translation>Sessions pro Woche in den letzten zwölf Wochen, nach dem Montag der Woche.</translation>
    </message>
    <message>
        <source>Share of noticed moments, by minutes since you began.</source>
        <translation>Anteil der bemerkten Momente, nach Minuten seit Beginn.</translation>
    </message>
    <message>
        <source>Moments noticed per hour of making; the dashed line is your usual.</source>
        <translation>Bemerkte Momente pro Stunde Gestalten; die gestrichelte Linie ist dein üblicher Wert.</translation>
    </message>
    <message>
        <source>How much more soothed you felt after a session than before, on average, month by month.</source>
        <translation>Wie viel beruhigter du dich nach einer Session gefühlt hast als davor, im Schnitt, Monat für Monat.</translation>
    </message>
    <message>
        <source>Soothing after a session minus before, on average.</source>
        <translation>Beruhigung nach einer Session minus davor, im Schnitt.</translation>
    </message>
    <message>
        <source>Patterns will show with time, after a handful of sessions. Until then, each session simply counts for itself.</source>
        <translation>Muster zeigen sich mit der Zeit, nach einer Handvoll Sessions. Bis dahin zählt jede Session einfach für sich.</translation>
    </message>
    <message>
        <source>mornings</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>afternoons</source>
        <translation>nachmittags</translation>
    </message>
    <message>
        <source>evenings</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nachts</translation>
    </message>
    <message>
        <source>with a warm-up</source>
        <translation>mit Einstimmung</translation>
    </message>
    <message>
        <source>without</source>
        <translation>ohne</translation>
    </message>
</context>
<context>
    <name>JournalPlaceWatch</name>
    <message>
        <source>Your journal is no longer at %1; it may have been moved or deleted. Kindling keeps new moments here until it is back. Please put it back before closing Kindling.</source>
        <translation>Dein Tagebuch ist nicht mehr unter %1; vielleicht wurde es verschoben oder gelöscht. Kindling hält neue Momente hier fest, bis es wieder da ist. Bitte leg es zurück, bevor du Kindling schließt.</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <source>Kindling could not open your journal</source>
        <translation>Kindling konnte dein Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>A problem with your journal</source>
        <translation>Ein Problem mit deinem Tagebuch</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>What happened when restoring</source>
        <translation>Was beim Wiederherstellen geschehen ist</translation>
    </message>
    <message>
        <source>Put the newest backup back</source>
        <translation>Die neueste Sicherung zurücklegen</translation>
    </message>
    <message>
        <source>The damaged file is kept aside, not deleted.</source>
        <translation>Die beschädigte Datei wird beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Close Kindling</source>
        <translation>Kindling schließen</translation>
    </message>
    <message>
        <source>That did not work (%1). Nothing was changed; your files are as they were.</source>
        <translation>Das hat nicht geklappt (%1). Es wurde nichts verändert; deine Dateien sind, wie sie waren.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is mounted read-only</source>
        <translation>der Datenträger ist nur lesbar eingebunden</translation>
    </message>
    <message>
        <source>Your journal file looks damaged, so Kindling has left it exactly as it is (%1).</source>
        <translation>Die Datei deines Tagebuchs sieht beschädigt aus, deshalb hat Kindling sie genau so gelassen, wie sie ist (%1).</translation>
    </message>
    <message>
        <source>There is no backup to put back yet. Please keep the file; it may still be rescued.</source>
        <translation>Es gibt noch keine Sicherung, die sich zurücklegen ließe. Bitte bewahre die Datei auf; vielleicht lässt sie sich noch retten.</translation>
    </message>
    <message>
        <source>Your newest good backup is from %1:
%2</source>
        <translation>Deine neueste intakte Sicherung ist vom %1:
%2</translation>
    </message>
    <message>
        <source>Putting it back keeps the damaged file aside; nothing is deleted. Anything written after that backup is in the damaged file only.</source>
        <translation>Beim Zurücklegen wird die beschädigte Datei beiseitegelegt; nichts wird gelöscht. Was nach dieser Sicherung geschrieben wurde, steht nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>Kindling cannot write to your journal (%1): %2, at %3. Your journal is not damaged, and Kindling has not changed it.

Please check who owns that file or folder and its permissions, or whether the disk is mounted read-only. Nothing needs to be restored.</source>
        <translation>Kindling kann nicht in dein Tagebuch schreiben (%1): %2, bei %3. Dein Tagebuch ist nicht beschädigt, und Kindling hat nichts daran geändert.

Schau bitte nach, wem diese Datei oder dieser Ordner gehört und welche Rechte sie haben, oder ob der Datenträger nur lesbar eingebunden ist. Es muss nichts wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Your journal was written by a newer version of Kindling, so this one has left it untouched (%1). Please update Kindling to open it.</source>
        <translation>Dein Tagebuch wurde von einer neueren Version von Kindling geschrieben, deshalb hat diese es nicht angerührt (%1). Bitte aktualisiere Kindling, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Kindling could not update your journal to its new layout, so it put your journal back exactly as it was. Nothing was lost.</source>
        <translation>Kindling konnte dein Tagebuch nicht auf seinen neuen Aufbau umstellen und hat es deshalb genau so zurückgelegt, wie es war. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>Kindling could not update your journal to its new layout. Your journal has not been changed (%1).</source>
        <translation>Kindling konnte dein Tagebuch nicht auf seinen neuen Aufbau umstellen. Dein Tagebuch wurde nicht verändert (%1).</translation>
    </message>
    <message>
        <source>Kindling could not open your journal (%1). Nothing was changed.</source>
        <translation>Kindling konnte dein Tagebuch nicht öffnen (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your journal is not where Kindling keeps it (%1), or it is empty, but there are backups of it. Kindling has not started a new one, so nothing is lost.</source>
        <translation>Dein Tagebuch ist nicht dort, wo Kindling es aufbewahrt (%1), oder es ist leer – aber es gibt Sicherungen davon. Kindling hat kein neues angefangen, es ist also nichts verloren.</translation>
    </message>
    <message>
        <source>If you moved your journal on purpose, close Kindling and put it back. Otherwise, putting the newest backup back brings your sessions home.</source>
        <translation>Wenn du dein Tagebuch absichtlich verschoben hast, schließ Kindling und leg es zurück. Sonst holt das Zurücklegen der neuesten Sicherung deine Sitzungen wieder heim.</translation>
    </message>
</context>
<context>
    <name>KindlingTray</name>
    <message>
        <source>Kindling</source>
        <translation>Kindling</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Eine Session beginnen</translation>
    </message>
    <message>
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
    </message>
    <message>
        <source>Studio mode (away from the keyboard)</source>
        <translation>Atelier-Modus (nicht an der Tastatur)</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Session beenden</translation>
    </message>
    <message>
        <source>Show Kindling</source>
        <translation>Kindling zeigen</translation>
    </message>
    <message>
        <source>Quit Kindling</source>
        <translation>Kindling beenden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kindling</source>
        <translation>Kindling</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The parts of Kindling. Choose one to show it beside this list.</source>
        <translation>Die Bereiche von Kindling. Wähle einen, um ihn neben dieser Liste zu zeigen.</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
</context>
<context>
    <name>NumbersToggle</name>
    <message>
        <source>Hide the numbers</source>
        <translation>Zahlen ausblenden</translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <source>Counts and figures behind this page, for when you want them.</source>
        <translation>Die Zahlen hinter dieser Seite, für wenn du sie sehen möchtest.</translation>
    </message>
</context>
<context>
    <name>PauseInvitation</name>
    <message>
        <source>An invitation to pause</source>
        <translation>Eine Einladung zur Pause</translation>
    </message>
    <message>
        <source>A mindful pause, if you’d like?</source>
        <translation>Eine achtsame Pause, wenn du magst?</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Take a mindful pause now</source>
        <translation>Jetzt eine achtsame Pause machen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Not now, thank you</source>
        <translation>Jetzt nicht, danke</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>No more invitations this session</source>
        <translation>Keine Einladungen mehr in dieser Session</translation>
    </message>
</context>
<context>
    <name>PausesAndVoiceBox</name>
    <message>
        <source>Pauses and a voice</source>
        <translation>Pausen und eine Stimme</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Invite a pause</source>
        <translation>Zur Pause einladen</translation>
    </message>
    <message>
        <source>Now and then the session bar softly offers a mindful pause. It never takes the keyboard and goes away by itself; “Not today” quietens it for the session.</source>
        <translation>Ab und zu bietet dir die Sessionleiste leise eine achtsame Pause an. Sie nimmt dir nie die Tastatur weg und verschwindet von selbst; „Heute nicht“ lässt sie für diese Session ruhen.</translation>
    </message>
    <message>
        <source>Read the kind words aloud</source>
        <translation>Die freundlichen Worte vorlesen</translation>
    </message>
    <message>
        <source>Each time you notice the critic, your computer’s voice reads the kind words, so you can hear them from across the room. Off unless you turn it on.</source>
        <translation>Jedes Mal, wenn du den Kritiker bemerkst, liest die Stimme deines Computers die freundlichen Worte vor, damit du sie auch quer durch den Raum hörst. Aus, bis du es einschaltest.</translation>
    </message>
    <message>
        <source>Read the breathing cues aloud in the warm-up</source>
        <translation>Die Atemhinweise in der Einstimmung vorlesen</translation>
    </message>
    <message>
        <source>“Breathe in”, “Breathe out”: said softly as the breath turns.</source>
        <translation>„Einatmen“, „Ausatmen“: leise gesagt, wenn der Atem sich wendet.</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Stimme ausprobieren</translation>
    </message>
    <message>
        <source>Says one short sentence, so you know how the words will sound.</source>
        <translation>Sagt einen kurzen Satz, damit du weißt, wie die Worte klingen.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Kind words</source>
        <translation>Freundliche Worte</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>No voice was found on this computer. Kindling has none of its own: it speaks through your system’s speech (on Linux, speech-dispatcher).</source>
        <translation>Auf diesem Computer wurde keine Stimme gefunden. Kindling hat keine eigene: Es spricht über die Sprachausgabe deines Systems (unter Linux speech-dispatcher).</translation>
    </message>
    <message>
        <source>Your computer’s own voice reads the words, slowly. Nothing leaves it.</source>
        <translation>Die Stimme deines Computers liest die Worte langsam vor. Nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>Hello. This is how your kind words will sound.</source>
        <translation>Hallo. So klingen deine freundlichen Worte.</translation>
    </message>
</context>
<context>
    <name>ReframeEditor</name>
    <message>
        <source>Every kind of critic</source>
        <translation>Jede Art von Kritiker</translation>
    </message>
    <message>
        <source>Narrows the list to one kind of critic.</source>
        <translation>Beschränkt die Liste auf eine Art von Kritiker.</translation>
    </message>
    <message>
        <source>Show hidden ones</source>
        <translation>Ausgeblendete zeigen</translation>
    </message>
    <message>
        <source>Your kind words</source>
        <translation>Deine freundlichen Worte</translation>
    </message>
    <message>
        <source>Write the words that help you, and hide the ones that don&apos;t. Hidden words are never lost: tick “Show hidden ones” to bring any of them back.</source>
        <translation>Schreib die Worte auf, die dir helfen, und blende die aus, die es nicht tun. Ausgeblendete Worte gehen nie verloren: Mit „Ausgeblendete zeigen“ holst du jedes zurück.</translation>
    </message>
    <message>
        <source>Show kind words for</source>
        <translation>Worte zeigen für</translation>
    </message>
    <message>
        <source>Lists the kind words you hid, so you can bring them back.</source>
        <translation>Zeigt die Worte, die du ausgeblendet hast, damit du sie zurückholen kannst.</translation>
    </message>
    <message>
        <source>Kind words</source>
        <translation>Freundliche Worte</translation>
    </message>
    <message>
        <source>Each of the kind words with the kind of critic it answers.</source>
        <translation>Alle freundlichen Worte, jeweils mit der Art Kritiker, der sie antworten.</translation>
    </message>
    <message>
        <source>Critic</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Gezeigt</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholfen</translation>
    </message>
    <message>
        <source>Kind of critic</source>
        <translation>Art von Kritiker</translation>
    </message>
    <message>
        <source>The kind of critic these words answer.</source>
        <translation>Die Art Kritiker, der diese Worte antworten.</translation>
    </message>
    <message>
        <source>Your own words. The ones Kindling came with can be hidden but not reworded.</source>
        <translation>Deine eigenen Worte. Die, die Kindling mitbringt, kannst du ausblenden, aber nicht umschreiben.</translation>
    </message>
    <message>
        <source>Add as your own</source>
        <translation>Als eigene hinzufügen</translation>
    </message>
    <message>
        <source>Keeps what you wrote as kind words of your own.</source>
        <translation>Behält, was du geschrieben hast, als deine eigenen freundlichen Worte.</translation>
    </message>
    <message>
        <source>Offers the selected hidden words again.</source>
        <translation>Bietet die ausgewählten ausgeblendeten Worte wieder an.</translation>
    </message>
    <message>
        <source>It says you&apos;re wasting your time</source>
        <translation>Er sagt, du verschwendest deine Zeit</translation>
    </message>
    <message>
        <source>It wants everything perfect</source>
        <translation>Er will alles perfekt</translation>
    </message>
    <message>
        <source>It worries what others will think</source>
        <translation>Er sorgt sich, was andere denken</translation>
    </message>
    <message>
        <source>It says you&apos;re not a real artist</source>
        <translation>Er sagt, du gehörst nicht dazu</translation>
    </message>
    <message>
        <source>It turns on you, harshly</source>
        <translation>Er wird hart und verletzend</translation>
    </message>
    <message>
        <source>You&apos;re running on empty</source>
        <translation>Dir geht die Kraft aus</translation>
    </message>
    <message>
        <source>It&apos;s trying to keep you safe</source>
        <translation>Er will dich schützen</translation>
    </message>
    <message>
        <source>Kind words need a few words; nothing was changed.</source>
        <translation>Hier braucht es ein paar Worte; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Hidden. They are kept, and “Show hidden ones” brings them back.</source>
        <translation>Ausgeblendet. Sie bleiben erhalten, und „Ausgeblendete zeigen“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Back again. Kindling will offer them once more.</source>
        <translation>Wieder da. Kindling bietet sie wieder an.</translation>
    </message>
    <message>
        <source>A few kind words for when the critic shows up…</source>
        <translation>Ein paar freundliche Worte für den Moment, in dem der Kritiker auftaucht …</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen sichern</translation>
    </message>
    <message>
        <source>Rewords the kind words of yours that are selected.</source>
        <translation>Ändert deine ausgewählten Worte.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Stops offering the selected words. They are kept.</source>
        <translation>Bietet die ausgewählten Worte nicht mehr an. Sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>It says this isn&apos;t good enough</source>
        <translation>Er sagt, das sei nicht gut genug</translation>
    </message>
    <message>
        <source>It says starting is too hard</source>
        <translation>Er sagt, anzufangen sei zu schwer</translation>
    </message>
    <message>
        <source>It compares you with others</source>
        <translation>Er vergleicht dich mit anderen</translation>
    </message>
    <message>
        <source>Yours: %1</source>
        <translation>Deins: %1</translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation>Ausgeblendet: %1</translation>
    </message>
    <message>
        <source>Write a few words first, then add them.</source>
        <translation>Schreib zuerst ein paar Worte, dann füge sie hinzu.</translation>
    </message>
    <message>
        <source>Added. Kindling will offer it alongside the others.</source>
        <translation>Hinzugefügt. Kindling bietet es nun neben den anderen an.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gesichert.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Your kind words</source>
        <translation>Freundliche Worte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>About these ideas</source>
        <translation>Über diese Ideen</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Session</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Session</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>When it&apos;s heavy</source>
        <translation>Wenn es schwer wird</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Kindling session</source>
        <translation>Kindling-Session</translation>
    </message>
    <message>
        <source>Session bar</source>
        <translation>Sessionleiste</translation>
    </message>
    <message>
        <source>Move the session bar</source>
        <translation>Sessionleiste verschieben</translation>
    </message>
    <message>
        <source>Drag to move the bar</source>
        <translation>Ziehen, um die Leiste zu verschieben</translation>
    </message>
    <message>
        <source>Session controls</source>
        <translation>Bedienelemente der Session</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Carry on making</source>
        <translation>Weiter gestalten</translation>
    </message>
    <message>
        <source>End the pause and carry on making</source>
        <translation>Die Pause beenden und weiter gestalten</translation>
    </message>
    <message>
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
    </message>
    <message>
        <source>Note that the inner critic showed up, and get a kind word</source>
        <translation>Festhalten, dass sich der innere Kritiker gemeldet hat, und freundliche Worte bekommen</translation>
    </message>
    <message>
        <source>%1 (or press %2, wherever you are)</source>
        <translation>%1 (oder drück %2, wo auch immer du gerade bist)</translation>
    </message>
    <message>
        <source>Mindful pause</source>
        <translation>Achtsame Pause</translation>
    </message>
    <message>
        <source>Time spent making, not counting the warm-up</source>
        <translation>Zeit beim Gestalten, ohne das Aufwärmen</translation>
    </message>
    <message>
        <source>Half a minute of slow breathing, right here</source>
        <translation>Eine halbe Minute langsames Atmen, genau hier</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Session beenden</translation>
    </message>
    <message>
        <source>Brings back the window for a closing check-in and your summary.</source>
        <translation>Holt das Fenster zurück – zum abschließenden Hineinspüren und zu deiner Zusammenfassung.</translation>
    </message>
    <message>
        <source>Half a minute, just for you.</source>
        <translation>Eine halbe Minute, nur für dich.</translation>
    </message>
    <message>
        <source>About the pause</source>
        <translation>Über die Pause</translation>
    </message>
    <message>
        <source>Just begun</source>
        <translation>Gerade begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>A session is still open</source>
        <translation>Eine Session ist noch offen</translation>
    </message>
    <message>
        <source>Your session from earlier (%1) was not ended. Would you like to carry on with it?</source>
        <translation>Deine Session von vorhin (%1) wurde nicht beendet. Möchtest du sie fortsetzen?</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>End it where it stopped</source>
        <translation>Dort beenden, wo sie aufhörte</translation>
    </message>
    <message>
        <source>Carry on with the open session</source>
        <translation>Die offene Session fortsetzen</translation>
    </message>
    <message>
        <source>End the open session at its last activity</source>
        <translation>Die offene Session beim letzten Geschehen beenden</translation>
    </message>
</context>
<context>
    <name>SessionPages</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Everything here is saved as soon as you change it.</source>
        <translation>Alles hier wird gesichert, sobald du es änderst.</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The critic hotkey</source>
        <translation>Das Tastenkürzel für den Kritiker</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Ohne Einstimmung</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Länge der Einstimmung</translation>
    </message>
    <message>
        <source>How long the grounding warm-up lasts unless you change it on the day.</source>
        <translation>Wie lange die erdende Einstimmung dauert, wenn du es am Tag selbst nicht änderst.</translation>
    </message>
    <message>
        <source>Instead of the breath</source>
        <translation>Statt des Atems</translation>
    </message>
    <message>
        <source>Something else to rest your attention on, if focusing on breathing is uncomfortable.</source>
        <translation>Etwas anderes, auf dem deine Aufmerksamkeit ruhen kann, falls es sich unangenehm anfühlt, auf den Atem zu achten.</translation>
    </message>
    <message>
        <source>Follow the breath</source>
        <translation>Dem Atem folgen</translation>
    </message>
    <message>
        <source>A grounding posture</source>
        <translation>Eine erdende Haltung</translation>
    </message>
    <message>
        <source>A warm image</source>
        <translation>Ein warmes Bild</translation>
    </message>
    <message>
        <source>A soft chime when the warm-up moves on</source>
        <translation>Ein leiser Klang bei jedem Schritt</translation>
    </message>
    <message>
        <source>Off unless you turn it on.</source>
        <translation>Aus, solange du ihn nicht einschaltest.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Listen to the chime</source>
        <translation>Den Klang anhören</translation>
    </message>
    <message>
        <source>The warm-up</source>
        <translation>Die Einstimmung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Plays the chime once, softly, so you know what it sounds like.</source>
        <translation>Spielt den Klang einmal leise ab, damit du weißt, wie er klingt.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>The card stays while the pointer rests on it, however long this is.</source>
        <translation>Die Karte bleibt, solange der Mauszeiger auf ihr ruht – ganz gleich, was hier steht.</translation>
    </message>
    <message>
        <source>Beside the session bar</source>
        <translation>Neben der Sessionleiste</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <source>Session bar opacity</source>
        <translation>Deckkraft der Sessionleiste</translation>
    </message>
    <message>
        <source>Lower lets more of your work show through the bar.</source>
        <translation>Weniger lässt mehr von deiner Arbeit durch die Leiste scheinen.</translation>
    </message>
    <message>
        <source>For working with the keyboard alone: Tab and Space then reach the bar&apos;s buttons, and a critic card takes the keyboard so that “This helped” can be chosen. Off by default, so your painting or writing program keeps its keys.</source>
        <translation>Für die Arbeit nur mit der Tastatur: Tab und Leertaste erreichen dann die Knöpfe der Leiste, und eine Kritiker-Karte übernimmt die Tastatur, damit du „Das hat geholfen“ wählen kannst. Standardmäßig aus, damit dein Mal- oder Schreibprogramm seine Tasten behält.</translation>
    </message>
    <message>
        <source>Kindling speaks this language from now on.</source>
        <translation>Kindling spricht ab sofort diese Sprache.</translation>
    </message>
    <message>
        <source>Show the welcome again</source>
        <translation>Die Begrüßung noch einmal zeigen</translation>
    </message>
    <message>
        <source>Opens the short welcome from your first start: the hotkey, the bar, the ideas.</source>
        <translation>Öffnet die kurze Begrüßung vom ersten Start: das Tastenkürzel, die Leiste, die Gedanken dahinter.</translation>
    </message>
    <message>
        <source>How Kindling looks</source>
        <translation>Wie Kindling aussieht</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Put the bar back in its usual place</source>
        <translation>Die Leiste an ihren gewohnten Platz zurücksetzen</translation>
    </message>
    <message>
        <source>The session bar remembers where you moved it; this forgets that place.</source>
        <translation>Die Sessionleiste merkt sich, wohin du sie geschoben hast; das hier vergisst diesen Platz.</translation>
    </message>
    <message>
        <source>How long the kind words stay</source>
        <translation>Wie lange die freundlichen Worte bleiben</translation>
    </message>
    <message>
        <source>Where the kind words appear</source>
        <translation>Wo die freundlichen Worte erscheinen</translation>
    </message>
    <message>
        <source>Where on the screen the card with kind words shows up.</source>
        <translation>Wo auf dem Bildschirm die Karte mit den freundlichen Worten erscheint.</translation>
    </message>
    <message>
        <source>The bar takes the keyboard when it appears</source>
        <translation>Die Leiste übernimmt die Tastatur, wenn sie erscheint</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Deckkraft der Leiste</translation>
    </message>
    <message>
        <source>The card and the session bar</source>
        <translation>Die Karte und die Sessionleiste</translation>
    </message>
    <message>
        <source>Card stays</source>
        <translation>Karte bleibt</translation>
    </message>
    <message>
        <source>Card appears</source>
        <translation>Karte erscheint</translation>
    </message>
    <message>
        <source>Bar place</source>
        <translation>Platz der Leiste</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Light, dark, or whatever your desktop uses.</source>
        <translation>Hell, dunkel oder wie deine Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung verringern</translation>
    </message>
    <message>
        <source>With less motion, the breathing guide counts in words instead of moving.</source>
        <translation>Mit weniger Bewegung zählt die Atemanleitung in Worten, statt sich zu bewegen.</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Gentle motion</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No sound player here</source>
        <translation>Hier gibt es kein Abspielprogramm</translation>
    </message>
    <message>
        <source>The bar is in its usual place</source>
        <translation>Die Leiste ist an ihrem gewohnten Platz</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a session</source>
        <translation>Eine Session beginnen</translation>
    </message>
    <message>
        <source>Choose one, or type your own. It names the session in your history.</source>
        <translation>Wähle etwas aus oder schreib es mit eigenen Worten. So heißt die Session später in deinem Verlauf.</translation>
    </message>
    <message>
        <source>A few words to carry into the session, if you like. You can leave it empty.</source>
        <translation>Ein paar Worte, die du in die Session mitnimmst, wenn du magst. Du kannst es auch leer lassen.</translation>
    </message>
    <message>
        <source>What the warm-up guides your attention to.</source>
        <translation>Worauf die Einstimmung deine Aufmerksamkeit lenkt.</translation>
    </message>
    <message>
        <source>Shows three sliders for how you feel now. Entirely optional.</source>
        <translation>Zeigt drei Regler dafür, wie es dir gerade geht. Ganz freiwillig.</translation>
    </message>
    <message>
        <source>Shows how long the warm-up lasts and what it rests your attention on.</source>
        <translation>Zeigt, wie lange die Einstimmung dauert und worauf sie deine Aufmerksamkeit lenkt.</translation>
    </message>
    <message>
        <source>Starts the warm-up, if you chose one, and then the session bar.</source>
        <translation>Beginnt die Einstimmung, falls du eine gewählt hast, und danach die Sessionleiste.</translation>
    </message>
    <message>
        <source>While you work, press %1 when your critic speaks up.</source>
        <translation>Drück während der Arbeit %1, wenn sich dein Kritiker meldet.</translation>
    </message>
    <message>
        <source>resting on the breath</source>
        <translation>beim Atem</translation>
    </message>
    <message>
        <source>resting in a grounded posture</source>
        <translation>in einer geerdeten Haltung</translation>
    </message>
    <message>
        <source>resting with a warm image</source>
        <translation>bei einem warmen Bild</translation>
    </message>
    <message>
        <source>Warm-up: %1, %2</source>
        <translation>Einstimmung: %1, %2</translation>
    </message>
    <message>
        <source>painting</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>What you are making</source>
        <translation>Woran du arbeitest</translation>
    </message>
    <message>
        <source>What would you like to explore? (optional)</source>
        <translation>Was möchtest du erkunden? (freiwillig)</translation>
    </message>
    <message>
        <source>For example: loose, playful colour</source>
        <translation>Zum Beispiel: lockere, verspielte Farbe</translation>
    </message>
    <message>
        <source>Intention for this session</source>
        <translation>Absicht für diese Session</translation>
    </message>
    <message>
        <source>Add a check-in before you begin</source>
        <translation>Vor dem Beginn kurz in dich hineinspüren</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Begin the session</source>
        <translation>Die Session beginnen</translation>
    </message>
    <message>
        <source>A short warm-up before you begin</source>
        <translation>Eine kurze Einstimmung vor dem Beginn</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Ohne Einstimmung</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute</source>
        <translation>Eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>What would you like to rest your attention on?</source>
        <translation>Worauf möchtest du deine Aufmerksamkeit ruhen lassen?</translation>
    </message>
    <message>
        <source>What are you making today?</source>
        <translation>Was gestaltest du heute?</translation>
    </message>
    <message>
        <source>For example: painting, a short story</source>
        <translation>Zum Beispiel: Malen, eine Kurzgeschichte</translation>
    </message>
    <message>
        <source>If the breath feels uncomfortable, another anchor works just as well.</source>
        <translation>Wenn sich der Atem unangenehm anfühlt, hilft ein anderer Anker genauso gut.</translation>
    </message>
    <message>
        <source>How long the grounding warm-up lasts before the session begins.</source>
        <translation>Wie lange die erdende Einstimmung dauert, bevor die Session beginnt.</translation>
    </message>
    <message>
        <source>The breath</source>
        <translation>Der Atem</translation>
    </message>
    <message>
        <source>A grounded posture</source>
        <translation>Eine geerdete Haltung</translation>
    </message>
    <message>
        <source>A warm image</source>
        <translation>Ein warmes Bild</translation>
    </message>
    <message>
        <source>making</source>
        <translation>Gestalten</translation>
    </message>
    <message>
        <source>Check in with yourself first (optional)</source>
        <translation>Spür zuerst kurz in dich hinein (freiwillig)</translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>I&apos;m away from the keyboard (studio mode)</source>
        <translation>Ich bin nicht an der Tastatur (Atelier-Modus)</translation>
    </message>
    <message>
        <source>Studio mode: I&apos;m away from the keyboard</source>
        <translation>Atelier-Modus: Ich bin nicht an der Tastatur</translation>
    </message>
    <message>
        <source>The session fills a screen, in large type. Any key, a click, a clicker or a foot pedal notes the critic.</source>
        <translation>Die Sitzung füllt einen Bildschirm, in großer Schrift. Jede Taste, ein Klick, ein Presenter oder ein Fußschalter hält den Kritiker fest.</translation>
    </message>
    <message>
        <source>The screen studio mode fills</source>
        <translation>Der Bildschirm für den Atelier-Modus</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Bildschirm %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>StudioMode</name>
    <message>
        <source>A mindful pause, if you’d like? Hold any key for two seconds.</source>
        <translation>Eine achtsame Pause, wenn du magst? Halte eine Taste zwei Sekunden lang.</translation>
    </message>
</context>
<context>
    <name>StudioScreen</name>
    <message>
        <source>Kindling studio</source>
        <translation>Kindling-Atelier</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>Atelier-Modus</translation>
    </message>
    <message>
        <source>◀  This helped</source>
        <translation>◀  Das hat geholfen</translation>
    </message>
    <message>
        <source>This helped (Page Up)</source>
        <translation>Das hat geholfen (Bild auf)</translation>
    </message>
    <message>
        <source>Not this one  ▶</source>
        <translation>Diesmal nicht  ▶</translation>
    </message>
    <message>
        <source>Not this one (Page Down)</source>
        <translation>Diesmal nicht (Bild ab)</translation>
    </message>
    <message>
        <source>Half a minute, just for you.  Any key brings you back.</source>
        <translation>Eine halbe Minute, nur für dich.  Jede Taste bringt dich zurück.</translation>
    </message>
    <message>
        <source>When the critic speaks, press any key or click anywhere</source>
        <translation>Wenn der Kritiker spricht, drück eine beliebige Taste oder klick irgendwohin</translation>
    </message>
    <message>
        <source>To leave studio mode, hold Escape for a second</source>
        <translation>Um den Atelier-Modus zu verlassen, halte Escape eine Sekunde lang</translation>
    </message>
    <message>
        <source>Page Up: this helped  ·  Page Down: not this one  ·  Any other key: the critic spoke again</source>
        <translation>Bild auf: hat geholfen  ·  Bild ab: diesmal nicht  ·  Jede andere Taste: der Kritiker hat wieder gesprochen</translation>
    </message>
    <message>
        <source>Hold any key two seconds for a mindful pause  ·  Hold Escape to leave</source>
        <translation>Eine Taste zwei Sekunden halten: achtsame Pause  ·  Escape halten: zurück</translation>
    </message>
    <message>
        <source>Just begun</source>
        <translation>Gerade begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Session summary</source>
        <translation>Rückschau auf die Session</translation>
    </message>
    <message>
        <source>Your last session</source>
        <translation>Deine letzte Session</translation>
    </message>
    <message>
        <source>Each dot is a moment you noticed the critic; a soft ring means the words helped; a short line is a mindful pause.</source>
        <translation>Jeder Punkt ist ein Moment, in dem du den Kritiker bemerkt hast; ein sanfter Ring heißt, die Worte haben geholfen; ein kurzer Strich ist eine achtsame Pause.</translation>
    </message>
    <message>
        <source>Critic moments and the words offered</source>
        <translation>Momente mit dem Kritiker und die angebotenen Worte</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy this summary as Markdown</source>
        <translation>Diese Rückschau als Markdown kopieren</translation>
    </message>
    <message>
        <source>Puts this summary on the clipboard as text you can paste into a journal.</source>
        <translation>Legt diese Zusammenfassung als Text in die Zwischenablage, zum Einfügen in ein Tagebuch.</translation>
    </message>
    <message>
        <source>Start another session</source>
        <translation>Noch eine Session beginnen</translation>
    </message>
    <message>
        <source>Opens the start page, ready for the next session.</source>
        <translation>Öffnet die Startseite, bereit für die nächste Session.</translation>
    </message>
    <message>
        <source>When you finish a session, a summary of it will wait for you here.</source>
        <translation>Wenn du eine Session beendest, wartet hier eine Rückschau auf dich.</translation>
    </message>
    <message>
        <source>This session is still going: %1 so far.</source>
        <translation>Diese Session läuft noch: bisher %1.</translation>
    </message>
    <message>
        <source>You spent %1 making. That time was yours.</source>
        <translation>Du hast %1 mit Gestalten verbracht. Diese Zeit gehörte dir.</translation>
    </message>
    <message>
        <source>You noticed the critic, and that was a moment of awareness.</source>
        <translation>Du hast den Kritiker bemerkt, und das war ein Moment der Achtsamkeit.</translation>
    </message>
    <message>
        <source>Your session: %1</source>
        <translation>Deine Session: %1</translation>
    </message>
    <message>
        <source>Each time you noticed the critic was a moment of awareness.</source>
        <translation>Jedes Mal, wenn du den Kritiker bemerkt hast, war ein Moment der Achtsamkeit.</translation>
    </message>
    <message>
        <source>You noticed the critic once.</source>
        <translation>Du hast den Kritiker einmal bemerkt.</translation>
    </message>
    <message numerus="yes">
        <source>You noticed the critic %n times.</source>
        <translation>
            <numerusform>Du hast den Kritiker %n-mal bemerkt.</numerusform>
            <numerusform>Du hast den Kritiker %n-mal bemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The critic stayed quiet this time, or you simply let it be.</source>
        <translation>Der Kritiker blieb diesmal still – oder du hast ihn einfach sein lassen.</translation>
    </message>
    <message>
        <source>Your kind word to yourself: %1</source>
        <translation>Dein freundlicher Satz an dich: %1</translation>
    </message>
    <message>
        <source>You spent %1 making, after %2 of warm-up. That time was yours.</source>
        <translation>Du hast %1 mit Gestalten verbracht, nach %2 Aufwärmen. Diese Zeit gehörte dir.</translation>
    </message>
    <message>
        <source>Your intention: %1</source>
        <translation>Deine Absicht: %1</translation>
    </message>
    <message>
        <source>A studio session, away from the keyboard.</source>
        <translation>Eine Atelier-Sitzung, fern der Tastatur.</translation>
    </message>
    <message>
        <source>You began with a grounding warm-up.</source>
        <translation>Du hast mit einer erdenden Einstimmung begonnen.</translation>
    </message>
    <message>
        <source>You began with part of a warm-up, and that counts too.</source>
        <translation>Du hast mit einem Teil der Einstimmung begonnen, und auch das zählt.</translation>
    </message>
    <message>
        <source>You took a mindful pause.</source>
        <translation>Du hast eine achtsame Pause gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>You took %n mindful pauses.</source>
        <translation>
            <numerusform>Du hast %n achtsame Pause gemacht.</numerusform>
            <numerusform>Du hast %n achtsame Pausen gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>You jotted: “%1”</source>
        <translation>Du hast notiert: „%1“</translation>
    </message>
    <message>
        <source>(this helped)</source>
        <translation>(das hat geholfen)</translation>
    </message>
    <message>
        <source>Your soothing system grew a little stronger while you worked.</source>
        <translation>Dein Beruhigungssystem ist beim Arbeiten ein wenig stärker geworden.</translation>
    </message>
    <message>
        <source>Soothing was harder to reach today; that happens, and you still made something.</source>
        <translation>Beruhigung war heute schwerer zu erreichen; das kommt vor, und du hast trotzdem etwas geschaffen.</translation>
    </message>
    <message>
        <source>Soothing stayed about where it was, and you still gave yourself this time.</source>
        <translation>Die Beruhigung blieb ungefähr, wo sie war, und du hast dir trotzdem diese Zeit geschenkt.</translation>
    </message>
    <message>
        <source>However it went, you checked in with yourself, and that is kind.</source>
        <translation>Wie auch immer es lief: Du hast in dich hineingespürt, und das ist freundlich.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>SupportLink</name>
    <message>
        <source>If this is heavier than a critic</source>
        <translation>Wenn es schwerer wiegt als ein Kritiker</translation>
    </message>
    <message>
        <source>Opens a page with a way to reach a person who can listen, day or night.</source>
        <translation>Öffnet eine Seite, die dir sagt, wie du einen Menschen erreichst, der dir zuhört, Tag und Nacht.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>If this is heavier than a critic</source>
        <translation>Wenn es schwerer wiegt als ein Kritiker</translation>
    </message>
    <message>
        <source>Kindling is a companion for making, not crisis support. This page is here whenever you need it, in the list on the left.</source>
        <translation>Kindling begleitet dich beim Gestalten, es ist keine Krisenhilfe. Diese Seite ist immer für dich da, in der Liste links.</translation>
    </message>
</context>
<context>
    <name>SystemsPicture</name>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>Soothing</source>
        <translation>Beruhigung</translation>
    </message>
    <message>
        <source>Picture of the three systems</source>
        <translation>Bild der drei Systeme</translation>
    </message>
</context>
<context>
    <name>ThreeCircles</name>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <source>Soothing</source>
        <translation>Beruhigung</translation>
    </message>
    <message>
        <source>The three systems</source>
        <translation>Die drei Systeme</translation>
    </message>
    <message>
        <source>Three soft circles: threat, drive and soothing, side by side.</source>
        <translation>Drei weiche Kreise nebeneinander: Bedrohung, Antrieb und Beruhigung.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of the session</source>
        <translation>Zeitleiste der Session</translation>
    </message>
    <message>
        <source>One critic moment marked along the session</source>
        <translation>Ein Moment mit dem Kritiker auf der Zeitleiste markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n critic moments marked along the session</source>
        <translation>
            <numerusform>%n Moment mit dem Kritiker auf der Zeitleiste markiert</numerusform>
            <numerusform>%n Momente mit dem Kritiker auf der Zeitleiste markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>WarmupPage</name>
    <message>
        <source>Warm-up</source>
        <translation>Einstimmung</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>I’m ready to go on</source>
        <translation>Ich bin bereit weiterzugehen</translation>
    </message>
    <message>
        <source>Skip to the compassionate self</source>
        <translation>Weiter zum mitfühlenden Selbst</translation>
    </message>
    <message>
        <source>Moves on from this step whenever you feel ready; there is no need to wait.</source>
        <translation>Geht weiter, sobald du dich bereit fühlst – du musst nicht warten.</translation>
    </message>
    <message>
        <source>Begin creating now</source>
        <translation>Jetzt mit dem Gestalten beginnen</translation>
    </message>
    <message>
        <source>End the warm-up and begin creating</source>
        <translation>Die Einstimmung beenden und mit dem Gestalten beginnen</translation>
    </message>
    <message>
        <source>Leaves the rest of the warm-up and opens the session bar.</source>
        <translation>Lässt den Rest der Einstimmung aus und öffnet die Sessionleiste.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Noch etwa eine Minute</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>A grounded posture</source>
        <translation>Eine geerdete Haltung</translation>
    </message>
    <message>
        <source>Let your feet rest on the floor and feel the chair holding you. Let your shoulders drop a little and your hands rest. Nothing to do but sit here.</source>
        <translation>Lass deine Füße auf dem Boden ruhen und spüre, wie der Stuhl dich trägt. Lass die Schultern ein wenig sinken und die Hände ruhen. Nichts zu tun, außer hier zu sitzen.</translation>
    </message>
    <message>
        <source>A warm image</source>
        <translation>Ein warmes Bild</translation>
    </message>
    <message>
        <source>Bring to mind a place, a colour or a light that feels warm and safe. Notice its warmth, its quiet, how it welcomes you just as you are.</source>
        <translation>Denk an einen Ort, eine Farbe oder ein Licht, das sich warm und sicher anfühlt. Spüre seine Wärme, seine Stille, wie es dich willkommen heißt, so wie du bist.</translation>
    </message>
    <message>
        <source>Soothing-rhythm breathing</source>
        <translation>Atmen im beruhigenden Rhythmus</translation>
    </message>
    <message>
        <source>Let your breath slow a little, following the shape. No need to get it right.</source>
        <translation>Lass deinen Atem ein wenig langsamer werden und folge der Form. Du musst nichts richtig machen.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Kindling</source>
        <translation>Willkommen bei Kindling</translation>
    </message>
    <message>
        <source>Kindling keeps you company while you paint, write or make anything. It helps you settle before you start, and it is there when your inner critic speaks up.</source>
        <translation>Kindling leistet dir Gesellschaft, während du malst, schreibst oder sonst etwas gestaltest. Es hilft dir, vor dem Beginn anzukommen, und ist da, wenn sich dein innerer Kritiker meldet.</translation>
    </message>
    <message>
        <source>Many people feel three kinds of energy at work in them: threat, which watches for danger and carries the critic; drive, which wants and strives; and soothing, which feels safe and settled. Kindling gives soothing a little more room.</source>
        <translation>Viele spüren drei Kräfte in sich: die Bedrohung, die nach Gefahr Ausschau hält und den Kritiker mitbringt; den Antrieb, der will und strebt; und die Beruhigung, die sich sicher und aufgehoben fühlt. Kindling gibt der Beruhigung etwas mehr Raum.</translation>
    </message>
    <message>
        <source>When the critic speaks up</source>
        <translation>Wenn sich der Kritiker meldet</translation>
    </message>
    <message>
        <source>Press %1, in any program. Kindling notes the moment and shows a few kind words, and your program keeps the keyboard. Noticing is all there is to do.</source>
        <translation>Drück %1, in jedem Programm. Kindling hält den Moment fest und zeigt ein paar freundliche Worte, und dein Programm behält die Tastatur. Mehr als Bemerken ist nicht zu tun.</translation>
    </message>
    <message>
        <source>The “Critic noticed” button on the session bar does the same.</source>
        <translation>Der Knopf „Kritiker bemerkt“ auf der Sessionleiste tut dasselbe.</translation>
    </message>
    <message>
        <source>Where Kindling will be</source>
        <translation>Wo Kindling sein wird</translation>
    </message>
    <message>
        <source>After the warm-up, the window steps aside and a small bar waits at the top right of your screen. Drag it wherever suits you; it remembers the place.</source>
        <translation>Nach der Einstimmung tritt das Fenster zur Seite, und oben rechts auf deinem Bildschirm wartet eine kleine Leiste. Zieh sie, wohin es dir passt; sie merkt sich den Platz.</translation>
    </message>
    <message>
        <source>Kindling is a companion for creative work. It is not therapy and not a crisis service: if things feel heavier than a critic, please reach out to someone you trust or to a local helpline.</source>
        <translation>Kindling begleitet dich beim Gestalten. Es ist keine Therapie und kein Krisendienst: Wenn sich etwas schwerer anfühlt als ein Kritiker, wende dich bitte an einen Menschen, dem du vertraust, oder an eine Beratungsstelle in deiner Nähe.</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Closes the welcome. Settings can show it again.</source>
        <translation>Schließt die Begrüßung. In den Einstellungen kannst du sie wieder öffnen.</translation>
    </message>
    <message>
        <source>On this desktop Kindling cannot listen for a key by itself. In your desktop’s keyboard settings, add a shortcut that runs this command:</source>
        <translation>Auf dieser Arbeitsumgebung kann Kindling nicht selbst auf eine Taste hören. Leg in den Tastatureinstellungen deiner Arbeitsumgebung ein Tastenkürzel an, das diesen Befehl ausführt:</translation>
    </message>
    <message>
        <source>Caught it. That is all it takes.</source>
        <translation>Angekommen. Mehr braucht es nicht.</translation>
    </message>
    <message>
        <source>Try it now: press %1.</source>
        <translation>Probier es jetzt aus: Drück %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Let’s begin</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in the first minute</source>
        <translation>in der ersten Minute</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
</context>
<context>
    <name>_DragHandle</name>
    <message>
        <source>⋮⋮</source>
        <translation>⋮⋮</translation>
    </message>
</context>
</TS>

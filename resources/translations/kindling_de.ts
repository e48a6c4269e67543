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
        <source>We all have all three, and each has its place. Making things gets hard when threat takes over and every line becomes a verdict. The warm-up and the reframes are small ways of giving the soothing system more room.</source>
        <translation>Wir alle tragen alle drei in uns, und jedes hat seinen Platz. Schwer wird das Schaffen, wenn die Bedrohung überhandnimmt und jeder Strich zum Urteil wird. Die Einstimmung und die freundlichen Worte sind kleine Wege, dem Beruhigungssystem mehr Raum zu geben.</translation>
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
        <source>Critic noticed: note the moment your inner critic speaks up</source>
        <translation>Kritiker bemerkt: den Moment festhalten, in dem sich dein innerer Kritiker meldet</translation>
    </message>
    <message>
        <source>You can choose another combination in Settings.</source>
        <translation>In den Einstellungen kannst du eine andere Kombination wählen.</translation>
    </message>
    <message>
        <source>Kindling could not open your journal</source>
        <translation>Kindling konnte dein Tagebuch nicht öffnen</translation>
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
        <source>What went well? One kind thing to say to yourself (optional)</source>
        <translation>Was ist gut gelaufen? Ein freundlicher Satz an dich selbst (freiwillig)</translation>
    </message>
    <message>
        <source>The check-in is optional; this hides or shows the three sliders.</source>
        <translation>Das Einchecken ist freiwillig; hiermit blendest du die drei Regler aus oder wieder ein.</translation>
    </message>
    <message>
        <source>For example: I let the colours be messy.</source>
        <translation>Zum Beispiel: Ich habe die Farben einfach chaotisch sein lassen.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>A kind word to yourself, kept with this session. You can leave it empty.</source>
        <translation>Ein freundliches Wort an dich selbst, das bei dieser Session bleibt. Du kannst es auch leer lassen.</translation>
    </message>
    <message>
        <source>Back to my work</source>
        <translation>Zurück an die Arbeit</translation>
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
        <source>End and see the summary</source>
        <translation>Beenden und Rückschau ansehen</translation>
    </message>
    <message>
        <source>End the session and see the summary</source>
        <translation>Die Session beenden und die Rückschau ansehen</translation>
    </message>
    <message>
        <source>Check in after all</source>
        <translation>Doch kurz hineinspüren</translation>
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
        <source>Skip these steps</source>
        <translation>Diese Schritte überspringen</translation>
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
        <translation>Mit dem Schaffen beginnen</translation>
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
        <translation>Ein freundliches Wort an den Kritiker</translation>
    </message>
    <message>
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
    </message>
    <message>
        <source>Closes the card now. Escape does the same.</source>
        <translation>Schließt die Karte gleich. Die Esc-Taste tut dasselbe.</translation>
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
        <translation>Sagt Kindling, dass dir dieses freundliche Wort geholfen hat, damit es wiederkommen darf.</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Dieses lieber nicht</translation>
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
        <translation>Sagt Kindling, dass dieses Wort nicht gepasst hat – beim nächsten Mal kommt ein anderes.</translation>
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
        <translation>Art des Schaffens</translation>
    </message>
    <message>
        <source>Shows only one kind of making.</source>
        <translation>Zeigt nur eine Art des Schaffens.</translation>
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
        <translation>Jede Art des Schaffens</translation>
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
        <translation>Schaffen</translation>
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
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
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
        <source>Sessions each week</source>
        <translation>Sessions pro Woche</translation>
    </message>
    <message>
        <source>When in a session the critic tends to arrive</source>
        <translation>Wann in einer Session der Kritiker meist auftaucht</translation>
    </message>
    <message>
        <source>Critic moments per hour, by kind of making</source>
        <translation>Momente mit dem Kritiker pro Stunde, nach Art des Schaffens</translation>
    </message>
    <message>
        <source>Critic moments per hour, by time of day</source>
        <translation>Momente mit dem Kritiker pro Stunde, nach Tageszeit</translation>
    </message>
    <message>
        <source>Soothing change, month by month</source>
        <translation>Veränderung der Beruhigung, Monat für Monat</translation>
    </message>
    <message>
        <source>Soothing change with and without a warm-up</source>
        <translation>Veränderung der Beruhigung mit und ohne Einstimmung</translation>
    </message>
    <message>
        <source>The words that helped most</source>
        <translation>Die Worte, die am meisten geholfen haben</translation>
    </message>
    <message>
        <source>Patterns will show with time. After a handful of sessions, this page will gently show when your critic tends to visit and what helps.</source>
        <translation>Muster zeigen sich mit der Zeit. Nach einer Handvoll Sessions zeigt diese Seite behutsam, wann dein Kritiker meist vorbeischaut und was hilft.</translation>
    </message>
    <message>
        <source>Patterns will show with time. You have %1 of the %2 sessions it takes for a pattern to mean something; until then, each session simply counts for itself.</source>
        <translation>Muster zeigen sich mit der Zeit. Du hast %1 der %2 Sessions, die es braucht, damit ein Muster etwas bedeutet; bis dahin zählt jede Session einfach für sich.</translation>
    </message>
    <message>
        <source>The past twelve weeks, by the week&apos;s Monday.</source>
        <translation>Die letzten zwölf Wochen, jeweils ab Montag.</translation>
    </message>
    <message>
        <source>%1+ min</source>
        <translation>%1+ Min.</translation>
    </message>
    <message>
        <source>Minutes since you began. The critic often visits early; noticing it is the skill.</source>
        <translation>Minuten seit deinem Beginn. Der Kritiker kommt oft früh; ihn zu bemerken, ist die eigentliche Kunst.</translation>
    </message>
    <message>
        <source>For you, the critic most often arrives in the first minutes. A warm-up may meet it there.</source>
        <translation>Bei dir kommt der Kritiker meist in den ersten Minuten. Eine Einstimmung kann ihn dort empfangen.</translation>
    </message>
    <message>
        <source>your usual</source>
        <translation>dein üblicher Wert</translation>
    </message>
    <message>
        <source>Finished sessions will show here.</source>
        <translation>Abgeschlossene Sessions erscheinen hier.</translation>
    </message>
    <message>
        <source>Moments noticed per hour of making; the dashed line is your usual. Quietest for you: %1.</source>
        <translation>Bemerkte Momente pro Stunde Schaffen; die gestrichelte Linie ist dein üblicher Wert. Am ruhigsten für dich: %1.</translation>
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
        <source>How much more soothed you felt after a session than before, on average.</source>
        <translation>Wie viel beruhigter du dich im Schnitt nach einer Session gefühlt hast als davor.</translation>
    </message>
    <message>
        <source>Check in before and after a session to see this.</source>
        <translation>Spür vor und nach einer Session in dich hinein, um das hier zu sehen.</translation>
    </message>
    <message>
        <source>with a warm-up</source>
        <translation>mit Einstimmung</translation>
    </message>
    <message>
        <source>without</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>For you, sessions that began with a warm-up tended to end more soothed.</source>
        <translation>Bei dir endeten Sessions, die mit einer Einstimmung begannen, meist beruhigter.</translation>
    </message>
    <message>
        <source>Warm-up or not, the difference is small for you so far.</source>
        <translation>Mit oder ohne Einstimmung – der Unterschied ist bei dir bisher klein.</translation>
    </message>
    <message>
        <source>Try sessions with and without a warm-up to compare.</source>
        <translation>Probier Sessions mit und ohne Einstimmung aus, um zu vergleichen.</translation>
    </message>
    <message>
        <source>The words you marked as helping, most often first.</source>
        <translation>Die Worte, die du als hilfreich markiert hast, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>When a reframe helps, mark it in the toast; the ones you keep will gather here.</source>
        <translation>Wenn ein freundliches Wort hilft, markiere es auf der Karte; die, die du behältst, sammeln sich hier.</translation>
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
    <name>ReframeEditor</name>
    <message>
        <source>Your reframes</source>
        <translation>Deine freundlichen Worte</translation>
    </message>
    <message>
        <source>Write the words that help you, and hide the ones that don&apos;t. Hidden reframes are never lost: tick “Show hidden ones” to bring any of them back.</source>
        <translation>Schreib die Worte auf, die dir helfen, und blende die aus, die es nicht tun. Ausgeblendete Worte gehen nie verloren: Mit „Ausgeblendete zeigen“ holst du jedes von ihnen zurück.</translation>
    </message>
    <message>
        <source>Every kind of critic</source>
        <translation>Jede Art von Kritiker</translation>
    </message>
    <message>
        <source>Show reframes for</source>
        <translation>Worte zeigen für</translation>
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
        <source>Lists the reframes you hid, so you can bring them back.</source>
        <translation>Zeigt auch die Worte, die du ausgeblendet hast, damit du sie zurückholen kannst.</translation>
    </message>
    <message>
        <source>Reframes</source>
        <translation>Freundliche Worte</translation>
    </message>
    <message>
        <source>Each reframe with its kind of critic, how often it was shown and helped.</source>
        <translation>Jedes freundliche Wort mit seiner Art von Kritiker, wie oft es gezeigt wurde und geholfen hat.</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Zuspruch</translation>
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
        <source>The kind of critic this reframe answers.</source>
        <translation>Die Art von Kritiker, der dieses Wort antwortet.</translation>
    </message>
    <message>
        <source>A few kind words for when the critic shows up…</source>
        <translation>Ein paar freundliche Worte für den Moment, in dem der Kritiker auftaucht …</translation>
    </message>
    <message>
        <source>Reframe text</source>
        <translation>Text des Zuspruchs</translation>
    </message>
    <message>
        <source>Your own words. Built-in reframes can be hidden but not reworded.</source>
        <translation>Deine eigenen Worte. Mitgelieferte Worte lassen sich ausblenden, aber nicht umschreiben.</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>Add as a new reframe</source>
        <translation>Als neues Wort hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen sichern</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Keeps what you wrote as a new reframe of your own.</source>
        <translation>Bewahrt, was du geschrieben hast, als eigenes neues Wort.</translation>
    </message>
    <message>
        <source>Rewords the reframe of yours that is selected.</source>
        <translation>Ändert den Wortlaut deines ausgewählten Wortes.</translation>
    </message>
    <message>
        <source>Stops offering the selected reframe. It is kept.</source>
        <translation>Das ausgewählte Wort wird nicht mehr angeboten. Es bleibt erhalten.</translation>
    </message>
    <message>
        <source>Offers the selected hidden reframe again.</source>
        <translation>Bietet das ausgewählte ausgeblendete Wort wieder an.</translation>
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
        <source>It says you are wasting your time</source>
        <translation>Er sagt, du verschwendest deine Zeit</translation>
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
        <source>It demands perfection</source>
        <translation>Er verlangt Perfektion</translation>
    </message>
    <message>
        <source>It fears what others will think</source>
        <translation>Er fürchtet, was andere denken</translation>
    </message>
    <message>
        <source>It is trying to protect you</source>
        <translation>Er versucht, dich zu schützen</translation>
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
        <source>A reframe needs a few words; nothing was changed.</source>
        <translation>Ein freundliches Wort braucht ein paar Worte; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gesichert.</translation>
    </message>
    <message>
        <source>Hidden. It is kept, and “Show hidden ones” brings it back.</source>
        <translation>Ausgeblendet. Es bleibt erhalten, und „Ausgeblendete zeigen“ holt es zurück.</translation>
    </message>
    <message>
        <source>Back again. Kindling will offer it once more.</source>
        <translation>Wieder da. Kindling bietet es wieder an.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Your reframes</source>
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
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
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
        <source>Time spent making, not counting the warm-up</source>
        <translation>Zeit beim Gestalten, ohne das Aufwärmen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Critic noticed</source>
        <translation>Kritiker bemerkt</translation>
    </message>
    <message>
        <source>Note that the inner critic showed up, and get a kind word</source>
        <translation>Festhalten, dass sich der innere Kritiker gemeldet hat, und ein freundliches Wort bekommen</translation>
    </message>
    <message>
        <source>Mindful pause</source>
        <translation>Achtsame Pause</translation>
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
        <translation>Holt das Fenster zurück – für ein abschließendes Einchecken und deine Zusammenfassung.</translation>
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
        <source>Back to work</source>
        <translation>Zurück an die Arbeit</translation>
    </message>
    <message>
        <source>End the pause and go back to work</source>
        <translation>Die Pause beenden und zurück an die Arbeit</translation>
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
        <translation>Ein leiser Klang, wenn die Einstimmung weitergeht</translation>
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
        <source>How long a reframe stays</source>
        <translation>Wie lange ein freundliches Wort bleibt</translation>
    </message>
    <message>
        <source>The card stays while the pointer rests on it, however long this is.</source>
        <translation>Die Karte bleibt, solange der Mauszeiger auf ihr ruht – ganz gleich, was hier steht.</translation>
    </message>
    <message>
        <source>Where reframes appear</source>
        <translation>Wo freundliche Worte erscheinen</translation>
    </message>
    <message>
        <source>Where on the screen the reframe card shows up.</source>
        <translation>Wo auf dem Bildschirm die Karte mit dem freundlichen Wort erscheint.</translation>
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
        <source>Put the bar back in its usual place</source>
        <translation>Die Leiste an ihren gewohnten Platz zurücksetzen</translation>
    </message>
    <message>
        <source>The session bar remembers where you moved it; this forgets that place.</source>
        <translation>Die Sessionleiste merkt sich, wohin du sie geschoben hast; das hier vergisst diesen Platz.</translation>
    </message>
    <message>
        <source>The bar takes the keyboard when it appears</source>
        <translation>Die Leiste übernimmt die Tastatur, wenn sie erscheint</translation>
    </message>
    <message>
        <source>Reframes and the session bar</source>
        <translation>Freundliche Worte und die Sessionleiste</translation>
    </message>
    <message>
        <source>Reframe card stays</source>
        <translation>Die Karte bleibt</translation>
    </message>
    <message>
        <source>Reframe card appears</source>
        <translation>Die Karte erscheint</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Deckkraft der Leiste</translation>
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
        <source>Look and feel</source>
        <translation>Aussehen und Gefühl</translation>
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
        <source>Welcome. What are you making today?</source>
        <translation>Willkommen. Woran arbeitest du heute?</translation>
    </message>
    <message>
        <source>Choose one, or type your own. It names the session in your history.</source>
        <translation>Wähle etwas aus oder schreib dein eigenes Wort. So heißt die Session später in deinem Verlauf.</translation>
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
        <source>Starts the warm-up, if you chose one, and then the session bar.</source>
        <translation>Beginnt die Einstimmung, falls du eine gewählt hast, und danach die Sessionleiste.</translation>
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
        <translation>Du hast %1 mit Schaffen verbracht. Diese Zeit gehörte dir.</translation>
    </message>
    <message>
        <source>You noticed the critic once. That was a moment of awareness.</source>
        <translation>Du hast den Kritiker einmal bemerkt. Das war ein Moment der Achtsamkeit.</translation>
    </message>
    <message>
        <source>Your session: %1</source>
        <translation>Deine Session: %1</translation>
    </message>
    <message numerus="yes">
        <source>You noticed the critic %n times. Each one was a moment of awareness.</source>
        <translation>
            <numerusform>Du hast den Kritiker %n-mal bemerkt. Jedes Mal war ein Moment der Achtsamkeit.</numerusform>
            <numerusform>Du hast den Kritiker %n-mal bemerkt. Jedes Mal war ein Moment der Achtsamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The critic stayed quiet this time, or you simply let it be.</source>
        <translation>Der Kritiker blieb diesmal still – oder du hast ihn einfach sein lassen.</translation>
    </message>
    <message>
        <source>Your kind word to yourself: %1</source>
        <translation>Dein freundliches Wort an dich: %1</translation>
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
        <source>However it went, you checked in with yourself, and that is kind.</source>
        <translation>Wie auch immer es lief: Du hast in dich hineingespürt, und das ist freundlich.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
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
        <translation>Jetzt mit dem Schaffen beginnen</translation>
    </message>
    <message>
        <source>End the warm-up and begin creating</source>
        <translation>Die Einstimmung beenden und mit dem Schaffen beginnen</translation>
    </message>
    <message>
        <source>Leaves the rest of the warm-up and opens the session bar.</source>
        <translation>Lässt den Rest der Einstimmung aus und öffnet die Sessionleiste.</translation>
    </message>
    <message>
        <source>You can end the warm-up whenever you like.</source>
        <translation>Du kannst die Einstimmung beenden, wann immer du magst.</translation>
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

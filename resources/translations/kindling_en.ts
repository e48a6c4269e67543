<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutPage</name>
        <message>
            <source>About these ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note of care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling is not therapy, and it is not crisis support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is a small companion for the making part of your life. If things feel heavy, or you are struggling to stay safe, please reach out to someone who can be with you: a person you trust, your doctor, or a local crisis line or emergency number. You deserve real, human help, and asking for it is a strong and kind thing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where this comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling borrows from compassion-focused therapy, developed by the British psychologist Paul Gilbert, first for people who carry a lot of shame and self-criticism. Its ideas are shared here in everyday words; they are a way of looking, not a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three ways of feeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The threat system watches for danger. It brings anxiety, anger, shame and the critical voice. It is quick and loud, and it means to protect you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The drive system wants and strives: goals, achievement, the buzz of getting somewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The soothing system brings calm, safety and connection. When it is awake we can rest, feel content, and become curious and playful again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We all have all three, and each has its place. Making things gets hard when threat takes over and every line becomes a verdict. The warm-up and the kind words are small ways of giving the soothing system more room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The compassionate self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compassion here means noticing when you are struggling, and wanting to help rather than to blame. The compassionate self is a version of you that is wise, kind, strong, caring and calm. You can practise stepping into it, a little like an actor steps into a role, and it grows with use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slow, even breathing, around five or six breaths a minute, helps the body settle first. You don't have to feel any of it fully for it to help: the practising is the point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To read more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paul Gilbert's book “The Compassionate Mind” is a warm introduction. The Compassionate Mind Foundation, which he founded, shares more.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerLine</name>
        <message>
            <source>For what it said:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An answer to what you wrote</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Your desktop gave Kindling %1 for “Critic noticed”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your desktop did not give Kindling the hotkey. You can bind this command to a key in its keyboard settings instead: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 is not yours alone, so Kindling is not listening there: `kindling critic` in a terminal cannot reach this window. The hotkey and the buttons work as usual. `kindling doctor` says more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands from a terminal cannot reach Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic noticed: note the moment your inner critic speaks up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can choose another combination in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling did not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling will not keep your journal in %1, because that folder is not yours alone: others could change what is in it. Nothing was changed there.

Please choose a folder only you can write to (with --data-dir), or ask whoever shares that folder to make it yours alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling could not open your journal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BarPlace</name>
        <message>
            <source>Where the session bar sits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A screen with your program on it and a small bar in the top-right corner.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreathingChoice</name>
        <message>
            <source>Breathing pattern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rhythm of the breathing guide in the warm-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to breathe in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to hold after breathing in (0 for none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to breathe out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to rest after breathing out (0 for none).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing rhythm (5 in, 5 out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer out-breath (4 in, 6 out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Box breathing (4, 4, 4, 4)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreathingGuide</name>
        <message>
            <source>Breathing guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold, gently…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInWidget</name>
        <message>
            <source>Threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The part of you that watches for danger: worry, tension, the critic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The part that wants and strives: energy, eagerness, pressure to get on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The part that feels safe and settled: calm, warmth, being at ease.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, from 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 means hardly at all, 10 means very strongly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 · hardly at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very strongly · 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseGuard</name>
        <message>
            <source>Kindling is still here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session keeps going. The tray icon brings the window back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session is still going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would you like to end the session, or keep it going quietly?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you keep it going, the hotkey and “kindling critic” still work, and opening Kindling again brings this window back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosingPage</name>
        <message>
            <source>Closing the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you go, a moment for yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>However the work went, you showed up for it. How do you feel now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: I let the colours be messy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes on without the three sliders; nothing is kept for how you feel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One kind thing to say to yourself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only if you like; it is kept with this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A kind sentence to yourself, kept with this session. You can leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting the work down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you like, one slow breath before you go: in, and out, and let the work rest until next time. Or simply go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to my work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session keeps going, and the session bar comes back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on to the next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End and see the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session and see the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompassionateSelf</name>
        <message>
            <source>The compassionate self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take as long as you like with each step; nothing here is timed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin creating now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goes straight on to your session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring to mind a kinder you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imagine a version of you that is wise, kind, strong, caring and calm. It does not need to feel real yet; imagining it is enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your face and voice soften</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your face relax, perhaps into a small, warm smile. Notice your inner voice becoming slower and gentler, the way you would speak to a friend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let this self guide the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let this kinder self sit beside you while you work. When the critic speaks, this part of you can answer, warmly and without hurry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the compassionate-self steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin creating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriticToast</name>
        <message>
            <source>A kind word for the critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic noticed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closes the card now. Escape does the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reframe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the critic said, if you like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few words about what the critic said, kept with this moment. Enter keeps them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did it say? (only if you like)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tells Kindling this kind word helped you, so it can offer it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You heard it, and you noticed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Greeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put this card away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tells Kindling this one didn't fit; another will come next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal couldn't take this moment just now (perhaps the disk is full). It is kept safe here, and Kindling will save it as soon as there is room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session is running just now, so this moment wasn't noted. Would you like to start one?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ah, hello again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oh, it's you. Hello.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There it is. You noticed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello, old critic. I see you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noticed, gently. That's the hard part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glad it helped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted. Another one next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept with this moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataSection</name>
        <message>
            <source>Your journal is kept only on this computer, in %1. Backups are in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where your data is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the folder holding your journal and backups in the file manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all my data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks first. Then removes every session, note, backup and setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaves everything as it is and closes this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes every session, every note you wrote, all backups, logs and settings from this computer. It can't be undone. If you might want them later, you could export them first from the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, delete everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not everything could be deleted; some files are still in %1. You can remove that folder by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is deleted. Kindling will now close.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryFilterBar</name>
        <message>
            <source>Narrow the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search intentions, notes and reflections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search your sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows only the sessions whose intention, notes or reflection hold these words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows only one kind of making.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows only the sessions from this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The past week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The past month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The past year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Between two dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first day to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds of making</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many times you noticed the critic in the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noticed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>under 1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How present your soothing system felt, before and after (0 to 10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each noticed critic is a moment of awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or a double click opens the chosen session's summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, delete this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can still put it back for a few seconds afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No, keep this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What just happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the deleted session back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the chosen session's summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks first; nothing goes at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export your sessions to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported files are not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers three kinds of file. Exported files are not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything, to import again (JSON)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a spreadsheet (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a readable journal (Markdown)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import sessions from a Kindling export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds the sessions from a file; the ones already here stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions match. Try fewer words or a wider time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sessions will gather here, one by one, as you make things.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That session is no longer here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the session from %2 (%1)? Its moments and notes go with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session is still going. End it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export your sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written there. Please choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to %1. The file is not encrypted: please keep it somewhere private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a Kindling export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling exports (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported, and your journal is unchanged. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No new sessions were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One session was added.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sessions were added.</source>
            <translation>
                <numerusform>%n sessions were added.</numerusform>
                <numerusform>%n sessions were added.</numerusform>
            </translation>
        </message>
        <message>
            <source>One was already here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n were already here.</numerusform>
                <numerusform>%n were already here.</numerusform>
            </translation>
        </message>
        <message>
            <source>One differs from yours, so yours was kept as it is.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n differ from yours, so yours were kept as they are.</source>
            <translation>
                <numerusform>%n differ from yours, so yours were kept as they are.</numerusform>
                <numerusform>%n differ from yours, so yours were kept as they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HotkeyField</name>
        <message>
            <source>Critic noticed hotkey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a new key combination with Ctrl, Alt or the Super key to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hotkey status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a Mac, the hotkey's letter is the key in that letter's place on a US keyboard. With another layout, such as Dvorak, it may be a different key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About keyboard layouts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a key combination here to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your desktop passes %1 to Kindling from every program, through its global shortcuts portal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling is listening for %1 everywhere, even in other programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program already uses %1, so Kindling is still listening for %2. Perhaps try another combination?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling has asked your desktop for %1. It may ask you about it in a window of its own; this line changes once it has answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 can't be used as a hotkey here. Perhaps try another?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling can't listen for keys on this desktop. You can bind the command “kindling critic” to %1 in your desktop's keyboard settings instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InProgressPage</name>
        <message>
            <source>Your session is going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session bar is waiting beside your work. When the critic speaks up, “Critic noticed” or your hotkey is there for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to my work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this window and go back to your work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session, with a closing check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have been making for %1, not counting the warm-up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightSentences</name>
        <message>
            <source>These twelve weeks were quiet for making. Your work will be here whenever you come back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One session in these twelve weeks. It was time you gave your work, and it counts for itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have been making room for your work more often lately. Enjoy it; rhythms come and go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There has been less time for making lately. That happens; life has seasons, and your work will wait for you kindly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have kept coming back to your work at a steady pace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you check in before and after a session, how soothed you felt will gather here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have checked in before and after one session. Each check-in is a moment of listening to yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing has come a little more easily lately. Something you are doing is helping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing was harder to reach lately; that happens, and you still made something.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing has felt much the same from session to session. Coming back to it is already kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you notice the critic in a session, the moments will gather here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you, the critic most often arrives in the first minutes. A warm-up may meet it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you, the critic most often arrives after about %1 minutes. Noticing it there is the skill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished sessions will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As you try other kinds of making, you will see here where the critic is quieter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the critic tends to be quietest for you: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As you make things at other times of day, you will see here when the critic is quieter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic tends to be quietest for you in the mornings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic tends to be quietest for you in the afternoons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic tends to be quietest for you in the evenings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic tends to be quietest for you at night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try sessions with and without a warm-up, and you will see here how each felt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you, sessions that began with a warm-up tended to end more soothed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you, sessions without a warm-up ended just as soothed or more. Go with whatever suits the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up or not, the difference is small for you so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kind words you marked as helping, the most helpful first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When kind words help, mark them on the card; the ones that helped will gather here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Patterns over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always compared with your own past, never with anyone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patterns will show with time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When in a session the critic tends to arrive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patterns will show with time. After a handful of sessions, this page will gently show when your critic tends to visit and what helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1+ min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your weeks of making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic, by kind of making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic, by time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing, lately</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing with and without a warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kind words that helped most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions each week for the past twelve weeks, by the week's Monday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of noticed moments, by minutes since you began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moments noticed per hour of making; the dashed line is your usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much more soothed you felt after a session than before, on average, month by month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing after a session minus before, on average.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patterns will show with time, after a handful of sessions. Until then, each session simply counts for itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mornings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>afternoons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with a warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalPlaceWatch</name>
        <message>
            <source>Your journal is no longer at %1; it may have been moved or deleted. Kindling keeps new moments here until it is back. Please put it back before closing Kindling.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalProblemDialog</name>
        <message>
            <source>Kindling could not open your journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A problem with your journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened when restoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the newest backup back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged file is kept aside, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That did not work (%1). Nothing was changed; your files are as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is mounted read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal file looks damaged, so Kindling has left it exactly as it is (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup to put back yet. Please keep the file; it may still be rescued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your newest good backup is from %1:
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Putting it back keeps the damaged file aside; nothing is deleted. Anything written after that backup is in the damaged file only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling cannot write to your journal (%1): %2, at %3. Your journal is not damaged, and Kindling has not changed it.

Please check who owns that file or folder and its permissions, or whether the disk is mounted read-only. Nothing needs to be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal was written by a newer version of Kindling, so this one has left it untouched (%1). Please update Kindling to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling could not update your journal to its new layout, so it put your journal back exactly as it was. Nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling could not update your journal to its new layout. Your journal has not been changed (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling could not open your journal (%1). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal is not where Kindling keeps it (%1), or it is empty, but there are backups of it. Kindling has not started a new one, so nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you moved your journal on purpose, close Kindling and put it back. Otherwise, putting the newest backup back brings your sessions home.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KindlingTray</name>
        <message>
            <source>Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic noticed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio mode (away from the keyboard)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Kindling</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parts of Kindling. Choose one to show it beside this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section content</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NumbersToggle</name>
        <message>
            <source>Hide the numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts and figures behind this page, for when you want them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PauseInvitation</name>
        <message>
            <source>An invitation to pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mindful pause, if you’d like?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a mindful pause now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now, thank you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No more invitations this session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PausesAndVoiceBox</name>
        <message>
            <source>Pauses and a voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every %1 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite a pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now and then the session bar softly offers a mindful pause. It never takes the keyboard and goes away by itself; “Not today” quietens it for the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the kind words aloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time you notice the critic, your computer’s voice reads the kind words, so you can hear them from across the room. Off unless you turn it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the breathing cues aloud in the warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Breathe in”, “Breathe out”: said softly as the breath turns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Says one short sentence, so you know how the words will sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voice was found on this computer. Kindling has none of its own: it speaks through your system’s speech (on Linux, speech-dispatcher).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your computer’s own voice reads the words, slowly. Nothing leaves it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello. This is how your kind words will sound.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReframeEditor</name>
        <message>
            <source>Every kind of critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Narrows the list to one kind of critic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show hidden ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your kind words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the words that help you, and hide the ones that don't. Hidden words are never lost: tick “Show hidden ones” to bring any of them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show kind words for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists the kind words you hid, so you can bring them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each of the kind words with the kind of critic it answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kind of critic these words answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own words. The ones Kindling came with can be hidden but not reworded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keeps what you wrote as kind words of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers the selected hidden words again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says you're wasting your time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It wants everything perfect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It worries what others will think</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says you're not a real artist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It turns on you, harshly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You're running on empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It's trying to keep you safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind words need a few words; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden. They are kept, and “Show hidden ones” brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back again. Kindling will offer them once more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few kind words for when the critic shows up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rewords the kind words of yours that are selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops offering the selected words. They are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says this isn't good enough</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It says starting is too hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It compares you with others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yours: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a few words first, then add them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added. Kindling will offer it alongside the others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Your kind words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About these ideas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Patterns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it's heavy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionBar</name>
        <message>
            <source>Kindling session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the session bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag to move the bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session controls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the pause and carry on making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic noticed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note that the inner critic showed up, and get a kind word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (or press %2, wherever you are)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mindful pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time spent making, not counting the warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half a minute of slow breathing, right here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brings back the window for a closing check-in and your summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half a minute, just for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Just begun</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionFlow</name>
        <message>
            <source>A session is still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session from earlier (%1) was not ended. Would you like to carry on with it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End it where it stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on with the open session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the open session at its last activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionPages</name>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything here is saved as soon as you change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hotkey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The critic hotkey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warm-up</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Warm-up length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the grounding warm-up lasts unless you change it on the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instead of the breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something else to rest your attention on, if focusing on breathing is uncomfortable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grounding posture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A warm image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A soft chime when the warm-up moves on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off unless you turn it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen to the chime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plays the chime once, softly, so you know what it sounds like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card stays while the pointer rests on it, however long this is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beside the session bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session bar opacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower lets more of your work show through the bar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For working with the keyboard alone: Tab and Space then reach the bar's buttons, and a critic card takes the keyboard so that “This helped” can be chosen. Off by default, so your painting or writing program keeps its keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling speaks this language from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the welcome again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the short welcome from your first start: the hotkey, the bar, the ideas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How Kindling looks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the bar back in its usual place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session bar remembers where you moved it; this forgets that place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the kind words stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the kind words appear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where on the screen the card with kind words shows up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bar takes the keyboard when it appears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bar opacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card and the session bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Card appears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bar place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light, dark, or whatever your desktop uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Like the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With less motion, the breathing guide counts in words instead of moving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gentle motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound player here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bar is in its usual place</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Start a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one, or type your own. It names the session in your history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few words to carry into the session, if you like. You can leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the warm-up guides your attention to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows three sliders for how you feel now. Entirely optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows how long the warm-up lasts and what it rests your attention on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts the warm-up, if you chose one, and then the session bar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While you work, press %1 when your critic speaks up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resting on the breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resting in a grounded posture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resting with a warm image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm-up: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>painting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>something else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you are making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would you like to explore? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: loose, playful colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intention for this session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a check-in before you begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short warm-up before you begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No warm-up</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>One minute</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minutes</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>What would you like to rest your attention on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are you making today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: painting, a short story</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the breath feels uncomfortable, another anchor works just as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long the grounding warm-up lasts before the session begins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grounded posture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A warm image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>making</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in with yourself first (optional)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudioChoice</name>
        <message>
            <source>I'm away from the keyboard (studio mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio mode: I'm away from the keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session fills a screen, in large type. Any key, a click, a clicker or a foot pedal notes the critic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The screen studio mode fills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen %1 (%2 × %3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudioMode</name>
        <message>
            <source>A mindful pause, if you’d like? Hold any key for two seconds.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StudioScreen</name>
        <message>
            <source>Kindling studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀  This helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This helped (Page Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not this one  ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not this one (Page Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half a minute, just for you.  Any key brings you back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the critic speaks, press any key or click anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To leave studio mode, hold Escape for a second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page Up: this helped  ·  Page Down: not this one  ·  Any other key: the critic spoke again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold any key two seconds for a mindful pause  ·  Hold Escape to leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Just begun</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Session summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each dot is a moment you noticed the critic; a soft ring means the words helped; a short line is a mindful pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critic moments and the words offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this summary as Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puts this summary on the clipboard as text you can paste into a journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start another session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the start page, ready for the next session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you finish a session, a summary of it will wait for you here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session is still going: %1 so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You spent %1 making. That time was yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You noticed the critic, and that was a moment of awareness.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time you noticed the critic was a moment of awareness.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You noticed the critic once.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You noticed the critic %n times.</source>
            <translation>
                <numerusform>You noticed the critic %n times.</numerusform>
                <numerusform>You noticed the critic %n times.</numerusform>
            </translation>
        </message>
        <message>
            <source>The critic stayed quiet this time, or you simply let it be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your kind word to yourself: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You spent %1 making, after %2 of warm-up. That time was yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your intention: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A studio session, away from the keyboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You began with a grounding warm-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You began with part of a warm-up, and that counts too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You took a mindful pause.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You took %n mindful pauses.</source>
            <translation>
                <numerusform>You took %n mindful pauses.</numerusform>
                <numerusform>You took %n mindful pauses.</numerusform>
            </translation>
        </message>
        <message>
            <source>You jotted: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(this helped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your soothing system grew a little stronger while you worked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing was harder to reach today; that happens, and you still made something.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing stayed about where it was, and you still gave yourself this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>However it went, you checked in with yourself, and that is kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportLink</name>
        <message>
            <source>If this is heavier than a critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens a page with a way to reach a person who can listen, day or night.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>If this is heavier than a critic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling is a companion for making, not crisis support. This page is here whenever you need it, in the list on the left.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SystemsPicture</name>
        <message>
            <source>Threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture of the three systems</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThreeCircles</name>
        <message>
            <source>Threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The three systems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three soft circles: threat, drive and soothing, side by side.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Timeline of the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One critic moment marked along the session</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n critic moments marked along the session</source>
            <translation>
                <numerusform>%n critic moments marked along the session</numerusform>
                <numerusform>%n critic moments marked along the session</numerusform>
            </translation>
        </message>
        <message>
            <source>start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WarmupPage</name>
        <message>
            <source>Warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I’m ready to go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip to the compassionate self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moves on from this step whenever you feel ready; there is no need to wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin creating now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the warm-up and begin creating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaves the rest of the warm-up and opens the session bar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>About %n minutes left</source>
            <translation>
                <numerusform>About %n minutes left</numerusform>
                <numerusform>About %n minutes left</numerusform>
            </translation>
        </message>
        <message>
            <source>About a minute left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less than a minute left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grounded posture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your feet rest on the floor and feel the chair holding you. Let your shoulders drop a little and your hands rest. Nothing to do but sit here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A warm image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring to mind a place, a colour or a light that feels warm and safe. Notice its warmth, its quiet, how it welcomes you just as you are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soothing-rhythm breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your breath slow a little, following the shape. No need to get it right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Welcome to Kindling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling keeps you company while you paint, write or make anything. It helps you settle before you start, and it is there when your inner critic speaks up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Many people feel three kinds of energy at work in them: threat, which watches for danger and carries the critic; drive, which wants and strives; and soothing, which feels safe and settled. Kindling gives soothing a little more room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the critic speaks up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press %1, in any program. Kindling notes the moment and shows a few kind words, and your program keeps the keyboard. Noticing is all there is to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The “Critic noticed” button on the session bar does the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where Kindling will be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the warm-up, the window steps aside and a small bar waits at the top right of your screen. Drag it wherever suits you; it remembers the place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kindling is a companion for creative work. It is not therapy and not a crisis service: if things feel heavier than a critic, please reach out to someone you trust or to a local helpline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closes the welcome. Settings can show it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this desktop Kindling cannot listen for a key by itself. In your desktop’s keyboard settings, add a shortcut that runs this command:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caught it. That is all it takes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try it now: press %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let’s begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>less than a minute</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>in the first minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_DragHandle</name>
        <message>
            <source>⋮⋮</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

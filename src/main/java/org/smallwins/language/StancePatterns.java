package org.smallwins.language;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases {@link StanceCues} looks for, matched against a sentence's words without apostrophes and
 * with a space either side of each ({@link Cue#padded}). Kept apart from the logic so that a reader can
 * see in one place what counts as a harsh verdict, a worry, blame or a comparison.
 */
final class StancePatterns {
    /** A verdict on oneself: "I'm useless", "I must be a bad parent", "I was rubbish at the meeting". */
    static final Pattern HARSH = Pattern.compile(" (am|m|was|must be|must have looked|feel|feel like|"
            + "look like|will always be|always will be)( \\w+){0,3} (useless|stupid|idiot|failure|pathetic|lazy|weak|"
            + "hopeless|worthless|rubbish|mess|wreck|terrible|awful|horrible|disgusting|embarrassing|coward|burden|"
            + "joke|disappointment|selfish|ungrateful|boring|broken|problem|worst|fool|loser|ridiculous|disorganised|"
            + "disorganized|shadow|bad|guilty|ashamed|annoying|dumb|thick|incompetent|too much|too sensitive|too old|"
            + "not good enough|not clever enough|no better) ");

    static final Pattern HARSH_PHRASES = Pattern.compile(" (typical me|what kind of person|as usual|"
            + "never learn|no willpower|cant forgive myself|hate myself|like i always do|thats what i do|i always|"
            + "i never|only ever|always the one|the reason (for|why|the|we|everything)|like an idiot|like a fool|like an idiot|how useless|"
            + "not the (parent|mum|dad|partner|friend)) ");
    /** Said of oneself whatever the grammatical subject: "it's my fault", "a failure because of me". */
    static final Pattern OWN_FAULT = Pattern.compile(" (my fault|my own fault|because of me|"
            + "(achieved|done|did|accomplished) nothing|a single (useful )?thing|nothing with my life|"
            + "its (disgusting|awful|embarrassing|shameful|ridiculous)|everything i (touch|do|try)|"
            + "into (this|such a|a) state|why am i (like this|so|such|always)|whats wrong with me) ");
    /** Something done that the speaker counts against themselves, right after "I" (and an adverb or two). */
    static final Pattern FAILURE = Pattern.compile("^ \\w+( (just|still|always|again|really|totally|"
            + "completely|then|keep|kept|also))* (ruined|ruin|messed|mess|wasted|failed|fail|forgot|blew|snapped|"
            + "shouted|overreacted|procrastinated|disappoint|disappointed|let (\\w+ )+down|letting (\\w+ )+down|"
            + "lost my temper|screwed|made a (\\w+ )?mistake|making the same|made a scene|made (\\w+ ){1,2}cry|gave up|"
            + "got it wrong|was rude|behind on|let myself (get into|go|slip|down))(?! less) ");

    /** "I can't", "I still haven't", "I barely did any": right after "I", not in reported speech. */
    static final Pattern CANNOT =
            Pattern.compile("^ \\w+( (just|still|really|even|always|simply))? (cant|cannot|couldnt|"
                    + "never|havent|cant even|(barely|hardly|scarcely) \\w+ (any|anything)(?!( \\w+){0,2} (except|apart|but|"
                    + "besides))) ");

    static final Pattern REGRET = Pattern.compile("( if only | if i had | if id | if i hadnt | i wish )");
    static final Pattern INSIGHT = Pattern.compile(" i (\\w+ )?(noticed|realised|realized|understood|"
            + "recognised|caught myself|learned|learnt|spotted|questioned) ");
    static final Pattern WORRY = Pattern.compile(" (what if|what will|keep thinking|keep wondering|"
            + "keep imagining|keep expecting|keep checking|keep going over|keep worrying|cant stop|lie awake|"
            + "in case (something|somethings|it|he|she|they|anything)|bad feeling|not sure (if|whether|my)|dont know if|must think|must be angry|must be upset|"
            + "must be fed up|must be annoyed|must have (upset|said|hurt|annoyed|offended)|must have done something|think everyone|think my|"
            + "think he|think she|think they|going off|i worry|wonder|wondering|probably|"
            + "maybe|perhaps|might|i hope|(im|i am|i feel|i get)( so| really| a bit| very| quite| getting)? "
            + "(worried|scared|afraid|frightened|anxious|nervous|tense|uneasy|apprehensive|concerned|terrified|dreading|"
            + "on edge|on tenterhooks)) ");
    /** A should or must about another person; "must be", "must think" guess at them and are worry. */
    static final Pattern OTHER_SHOULD = Pattern.compile(" (should|shouldnt|shouldve|ought|"
            + "must (?!be |have |think |know )|supposed to|needs to|didnt have to) ");

    static final Pattern BLAME = Pattern.compile(" (never|always|keeps|still|even|without|rude|fault|blame|"
            + "blames|ignored|ignore|forgot|took|cancelled|interfere|criticising|criticised|unhelpful|lost|dumped|"
            + "talked over|not fair|nasty|disrespectful|assumes|expects|wont|doesnt|didnt|again|in a mess|in a state|"
            + "everywhere|in confidence|behind my back) ");
    static final Pattern RUDE = Pattern.compile(" (rude|unhelpful|disrespectful|nasty|unfair|not fair|threw) ");
    /** Someone else's mistake or fault: "my colleague's mistake", "my flatmate's fault". */
    static final Pattern THEIR_FAULT = Pattern.compile(" (\\w+s|his|her|their) (fault|mistake) ");

    static final Pattern COMPARE = Pattern.compile(" (than me|than mine|than i am|than i have|than i do|"
            + "than ours|mine|hers|theirs|next to|compared with my|compared to my|compared with me|"
            + "compared with ours|compared to ours|except me|in half the time|as \\w+ as my|like my (brother|sister|friends|colleagues)|so much more|so much better|twice (the|as|what)|everyone else|"
            + "everybody else|other people|other peoples|normal people|people my age|the others|the rest of|all my friends|"
            + "my friends all|my peers|other mums|other dads|other parents) ");
    /** Other people as a group: with the speaker in another clause, the answer measures one against them. */
    static final Pattern GROUP = Pattern.compile("^ (everyone|everybody|all my|my friends|the others|others|"
            + "other|people|the rest|my (\\w+ )?(friends|classmates|colleagues|coworkers|peers)) ");
    /** What a group is said to do without the speaker: "everyone seems to cope", "my classmates all passed". */
    static final Pattern GROUP_DOES = Pattern.compile(" (seem|seems|seemed|all|so easily|always) ");
    /** After someone else's clause, the speaker falling short: "she runs marathons and I can barely walk". */
    static final Pattern SHORT_OF = Pattern.compile(" (cant|cannot|barely|hardly|struggle|struggles|"
            + "nowhere|still|never|so hard|flustered|the one who|the disappointment|a mess|stuck|dont|dread|"
            + "stay in|sad|dull|only|didnt) ");
    /** After "than", the speaker's own earlier self: "than I was", "than I managed", "than the four I was getting". */
    static final Pattern OWN_EARLIER = Pattern.compile(" (i|id|ive) (was|were|did|managed|used|would|could|"
            + "had|have been|was getting|got) |recently|lately| i was getting ");
    /** Words after "than" that make it a comparison with one's recent self, not with someone else. */
    static final Pattern RECENT = Pattern.compile(" (last|ago|before|usual|week|month|fortnight) ");

    static final Pattern NOTHING = Pattern.compile("^ (honestly |hmm |no |um |erm |well )?(nothing"
            + "(?! special| much| more| major| else)|not much|no idea|no clue|"
            + "cant think|cant remember|blank|dont know|i dont know|no answer|not sure|not really|nope|none|pass|"
            + "not a thing|not a lot|i dont think so|not that i|not this time|couldnt tell|couldnt say|i couldnt|"
            + "hard to say|havent got anything|ive got nothing|my mind has gone|i really dont know|"
            + "i genuinely dont know|i honestly cant|i (really |honestly |just )?(cant|couldnt) (think|remember|say)|im not sure|i cant come up|i cant pick|i cant say|"
            + "i drew a blank|im drawing a blank|im not aware|im struggling to think|i didnt notice|not this week|"
            + "i dont have an answer|ill have to think|im not sure anything) ");
    static final Pattern EMPTY_WEEK = Pattern.compile(
            " (went by|nothing (much )?to (note|report|say)|was a blur|blurs together|"
                    + "(an )?(empty|ordinary|uneventful|quiet|strange|odd|weird) (sort of )?week|days (just )?merged) ");
    static final Set<String> PAST = Set.of(
            "went",
            "did",
            "got",
            "made",
            "took",
            "said",
            "told",
            "sat",
            "kept",
            "spoke",
            "rang",
            "ate",
            "drank",
            "came",
            "stood",
            "let",
            "put",
            "read",
            "sent",
            "left",
            "felt",
            "had",
            "ran",
            "wrote",
            "bought",
            "found",
            "gave",
            "met",
            "slept",
            "caught",
            "understood",
            "began",
            "brought",
            "held",
            "paid",
            "spent",
            "taught");

    private StancePatterns() {}
}

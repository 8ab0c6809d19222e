/**
 * Words for reading a coordinated object or subject ("ready for a ceasefire and for direct talks",
 * "the withdrawal and the ban remain unacceptable"): what joins two conjuncts, and what may stand
 * around the join without starting a new clause, a negation or a verb of its own (`conjuncts.ts`).
 */

/**
 * What joins two conjuncts: "," ", and" "and" "and also" "as well as" "plus"; "or" and "nor" are
 * listed apart, as they distribute only under a refusal ("opposed any ceasefire or talks").
 */
export const AND_JOINS = String.raw`,\s*(?:and\s+also|and|as\s+well\s+as|plus)?|\s(?:and\s+also|and|as\s+well\s+as|plus)(?=\s)`;
export const OR_JOINS = String.raw`,\s*(?:or|nor)|\s(?:or|nor)(?=\s)`;

// Past tenses not ending in -ed ("rejected the truce and began talks"): a verb of its own.
const IRREGULAR_PAST = String.raw`began|begun|held|sought|sent|took|taken|made|gave|given|kept|left|met|brought|won|lost|put|struck|broke|broken|froze|chose|chosen|drew|drawn|spoke|stood|thought|wrote|written|went|gone|came|got|saw|seen|knew|known|found|paid|led|meant|ran|sold|understood|withdrew|withdrawn|became|felt|heard|hit|let|shut|sat|bought|caught|fought|taught|threw|thrown|overtook|undertook|upheld|withheld`;

/**
 * Words that end a conjunct: a verb of its own ("and said …", "and would …"), a negation ("but not
 * talks", "and no sanctions"), a new clause or a condition ("which …", "provided that …", "if …"), a
 * contrast ("rather than", "instead of"), a subject pronoun ("and it …"). Matched case-insensitively,
 * as whole words.
 */
export const CONJUNCT_BREAKERS = String.raw`${IRREGULAR_PAST}|is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|ought|said|says|say|saying|told|tells|tell|added|adds|stated|noted|insisted|warned|stressed|argued|claimed|not|no|never|neither|nor|n['’]t|without|but|yet|although|though|while|whereas|which|that|who|whom|whose|where|when|whether|why|how|what|if|unless|provided|providing|once|because|since|until|before|after|so|then|than|rather|instead|except|excluding|against|as|it|he|she|they|we|i|you|there|calling|warning|noting|adding|arguing|insisting|citing|describing|claiming|stressing|signalling|signaling|urging|asserting|accusing|hoping|seeing|despite|unlike|even|only|also|whereby|thus|thereby|hence|therefore|meanwhile|however`;

/**
 * Participles ending in -ed that modify a noun ("the occupied regions", "the annexed land") rather
 * than start a verb of their own ("and exchanged prisoners"): allowed in a conjunct anywhere; any
 * other -ed word only right after a determiner ("and the expanded sanctions", not "and expanded sanctions").
 */
export const ADJECTIVAL_ED = String.raw`occupied|annexed|armed|so-called|detained|captured|united|unlimited|advanced|sophisticated`;

/** Determiners and quantifiers after which an -ed word modifies the noun ("and the expanded sanctions"). */
export const CONJUNCT_DETERMINERS = String.raw`the|a|an|any|all|more|further|new|its|their|his|her|our|this|these|those|such|some|both|each|every|additional`;

/**
 * Verbs that open a topic phrase ("exchange prisoners", "send troops", "join NATO", "give up land"): a
 * conjunct opening on one with nothing before it is a verb of its own ("rejected the truce and
 * exchanged prisoners"), unless "to" repeats the infinitive the cue governs ("ready to talk and to
 * exchange prisoners"). A gerund ("and lifting sanctions") is a noun and stays.
 */
export const TOPIC_VERBS = String.raw`send|sends|sent|join|joins|joined|give|gives|gave|given|leave|leaves|left|vacate|vacates|vacated|cede|cedes|ceded|surrender|surrenders|surrendered|yield|yields|yielded|hand|hands|handed|sign|signs|signed|recogni[sz]e|recogni[sz]es|recogni[sz]ed|exchange|exchanged|swap|swapped|release|released|free|frees|freed|return|returned|bring|brings|brought|get|gets|got|stop|stops|stopped|halt|halts|halted|end|ends|ended|ban|banned|cut|cuts|disconnect|disconnected|seize|seized|confiscate|confiscated|use|used|tap|tapped|freeze|froze|frozen|renounce|renounced|abandon|abandoned|forgo|forwent|drop|dropped|equip|equipped|meet|meets|met|supply|supplied|provide|provided|deliver|delivered|lift|lifted|impose|imposed|withdraw|withdrew|withdrawn|negotiate|negotiated|annex|annexed|continue|continued|resume|resumed|keep|kept|come|came|talk|talked|discuss|discussed|sit|sat|deploy|deployed|station|stationed|admit|admitted|allow|allowed|let|permit|permitted|invite|invited|accept|accepted`;

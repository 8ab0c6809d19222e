import { describe, expect, it } from "vitest";
import { REFERRING_HEADS } from "../src/extract/topics.js";
import { readTriples } from "./fixtures/extract/kinds.js";

const triples = (text: string) => readTriples(text);

/**
 * Topics named in other words than their label: each sentence (invented) names its proposition
 * through one of the phrases in `lexicon/topics.ts`, with the stance it must come out with.
 */
const NAMED_IN_OTHER_WORDS: ReadonlyArray<readonly [string, string]> = [
  // sanctions: the costs imposed on Russia, penalties, its assets seized
  ["Bessent said the Treasury would keep imposing costs on the Kremlin.", "US|sanctions|supports"],
  ["Zakharova said Washington must stop imposing costs on Moscow.", "RU|sanctions|opposes"],
  ["Rubio said Washington would impose new penalties on Moscow.", "US|sanctions|supports"],
  ["Peskov condemned any seizure of frozen Russian assets.", "RU|sanctions|opposes"],
  ["Peskov said Moscow wants the Western sanctions lifted.", "RU|sanctions|opposes"],
  ["Zelensky called for the use of frozen Russian assets.", "UA|sanctions|supports"],
  ["Lavrov demanded that Rosselkhozbank be reconnected to SWIFT.", "RU|sanctions|opposes"],
  ["Trump urged Europe to stop buying Russian oil.", "US|sanctions|supports"],
  // military aid: help and assistance to Ukraine, its defence, deliveries, equipment
  ["Zelensky called for more help to Ukraine from its allies.", "UA|military_aid|supports"],
  ["Hegseth said the United States would continue supporting Ukraine's defence.", "US|military_aid|supports"],
  ["The Kremlin condemned American deliveries to Kyiv.", "RU|military_aid|opposes"],
  ["Hegseth said Washington would keep sending military equipment to Kyiv.", "US|military_aid|supports"],
  ["Zelensky called for Taurus missiles.", "UA|military_aid|supports"],
  ["Hegseth announced a new defence aid package for Kyiv.", "US|military_aid|supports"],
  ["Zelensky called for more arms to Ukraine.", "UA|military_aid|supports"],
  ["Rubio backed the aid package for Kyiv.", "US|military_aid|supports"],
  ["Zelensky welcomed the new arms package.", "UA|military_aid|supports"],
  // territory: giving land to Russia, "territorial realities", claims to land, annexing, withdrawing
  ["Zelensky said Ukraine would never give Russia its land.", "UA|territory|opposes"],
  ["Peskov said any deal must take into account the new territorial realities.", "RU|territory|supports"],
  ["Lavrov said any settlement must reflect the realities on the ground.", "RU|territory|supports"],
  ["Rubio said Washington would never recognise Moscow's claims to the occupied regions.", "US|territory|opposes"],
  ["Medvedev backed plans to annex the occupied regions.", "RU|territory|supports"],
  ["Zelensky condemned Moscow's claims to four regions.", "UA|territory|opposes"],
  ["Zelensky rejected any land concessions to Moscow.", "UA|territory|opposes"],
  ["Zelensky refused to discuss territorial questions with Moscow.", "UA|territory|opposes"],
  ["Zelensky rejected any exchange of territory.", "UA|territory|opposes"],
  // ceasefire: a freeze, a pause that would let the other side rearm, a cessation of hostilities
  ["Zakharova said Moscow rejected a freeze that would let Kyiv rearm.", "RU|ceasefire|opposes"],
  ["Peskov rejected a pause that would let Kyiv regroup.", "RU|ceasefire|opposes"],
  ["Lavrov called for a cessation of hostilities.", "RU|ceasefire|supports"],
  ["Peskov said Moscow wants an end to the bloodshed.", "RU|ceasefire|supports"],
  // a truce of days, or along the whole front, stays the general one
  ["Rubio said Washington wants a 30-day ceasefire across the whole front.", "US|ceasefire|supports"],
  ["Peskov said Moscow rejected a ceasefire that would let Kyiv collect more weapons.", "RU|ceasefire|opposes"],
  ["Peskov said Russia saw no point in a temporary truce that would allow Kyiv to regroup.", "RU|ceasefire|opposes"],
  // negotiations: a diplomatic path, a peace agreement, a plan to end the war, contacts, the table
  ["Rubio said Washington backed a diplomatic path to end the war.", "US|negotiations|supports"],
  ["Peskov said Moscow wants a peace agreement.", "RU|negotiations|supports"],
  ["Witkoff said Washington backed a new plan to end the war.", "US|negotiations|supports"],
  ["Ushakov said Moscow was ready to continue contacts with Washington.", "RU|negotiations|supports"],
  ["Witkoff said Washington wants to bring both sides to the table.", "US|negotiations|supports"],
  ["Zelensky welcomed a new round of talks in Istanbul.", "UA|negotiations|supports"],
  ["Lavrov said Moscow backed a political settlement.", "RU|negotiations|supports"],
  ["Lavrov said Moscow backed the Normandy format.", "RU|negotiations|supports"],
  ["Umerov said Kyiv's team would meet the Americans again.", "UA|negotiations|supports"],
  ["Peskov said Moscow was open to direct contacts with Kyiv.", "RU|negotiations|supports"],
  // summit: the presidents' meeting, meeting "the Russian leader"
  ["Zelensky proposed a meeting between the two presidents.", "UA|summit|supports"],
  ["Trump said he wants to meet the Russian leader soon.", "US|summit|supports"],
  ["Ushakov said Moscow was ready for contacts at the highest level.", "RU|summit|supports"],
  // neutrality: renouncing membership, never admitting Ukraine, non-bloc status; choosing alliances is its opposite
  ["Lavrov demanded the renunciation of Ukraine's NATO membership.", "RU|neutrality|supports"],
  ["Lavrov demanded that Ukraine drop its bid to join NATO.", "RU|neutrality|supports"],
  ["Zelensky refused to abandon its plans to join NATO.", "UA|neutrality|opposes"],
  ["Lavrov demanded guarantees that NATO would never admit Ukraine.", "RU|neutrality|supports"],
  ["Lavrov said NATO must promise not to allow Ukraine to join the alliance.", "RU|neutrality|supports"],
  ["Lavrov said Moscow insisted on Ukraine's non-bloc status.", "RU|neutrality|supports"],
  ["Lavrov demanded that NATO keep Ukraine out of the alliance.", "RU|neutrality|supports"],
  ["Rubio backed the right of Ukraine to choose its own alliances.", "US|neutrality|opposes"],
  ["Zelensky said Ukraine wants a NATO invitation.", "UA|neutrality|opposes"],
  // prisoner exchange: all for all, soldiers released, further exchanges
  ["Zelensky called for an all-for-all exchange of prisoners.", "UA|prisoner_exchange|supports"],
  ["Zelensky welcomed the release of 84 of its soldiers.", "UA|prisoner_exchange|supports"],
  ["Yermak said Kyiv is seeking further exchanges.", "UA|prisoner_exchange|supports"],
  ["Zelensky demanded the return of captured defenders.", "UA|prisoner_exchange|supports"],
  ["Zelensky welcomed the deal that freed 84 prisoners.", "UA|prisoner_exchange|supports"],
  // security guarantees: guarantees for Kyiv, guarantor countries
  ["Medvedev dismissed the so-called guarantees for Kyiv.", "RU|security_guarantees|opposes"],
  ["Zelensky welcomed the guarantor countries' commitments.", "UA|security_guarantees|supports"],
  ["Lavrov dismissed Western guarantees as worthless.", "RU|security_guarantees|opposes"],
  ["Zelensky welcomed a US backstop for the European force.", "UA|security_guarantees|supports"],
  ["Zelensky called for NATO-style protection.", "UA|security_guarantees|supports"],
  // foreign troops: troops from NATO countries, a multinational force, troops on the ground
  ["Zakharova said troops from NATO countries in Ukraine would be unacceptable.", "RU|foreign_troops|opposes"],
  ["Peskov rejected any multinational force in Ukraine.", "RU|foreign_troops|opposes"],
  ["Lavrov rejected Western troops on the ground.", "RU|foreign_troops|opposes"],
  // quotation marks inside a phrase
  ['Zelensky said Kyiv would reject any deal that "freezes" the war.', "UA|ceasefire|opposes"],
  ["Sybiha said Ukraine “will never recognise” any part of its land as Russian.", "UA|territory|opposes"],
  // ceasefire: the killing that must stop
  ["Zelensky called on Moscow to accept that the killing must stop.", "UA|ceasefire|supports"],
  // territory: Moscow's realities, the annexation votes, "part of Russia", keeping what was taken
  ["Lavrov demanded the recognition of the realities that have developed on the ground.", "RU|territory|supports"],
  ["Medvedev backed the rushed votes in the occupied regions.", "RU|territory|supports"],
  ["Lavrov demanded that Kyiv recognise that Crimea is part of Russia.", "RU|territory|supports"],
  ["Sybiha said Ukraine would not trade our territory for a truce.", "UA|territory|opposes"],
  ["Zelensky refused to let Russia keep what it had seized.", "UA|territory|opposes"],
  ["Rubio rejected a settlement that rewards Moscow's seizure of Ukrainian land.", "US|territory|opposes"],
  ["Zelensky refused to gift Ukrainian land to the invader.", "UA|territory|opposes"],
  ["Peskov said Moscow still insisted on its demands on the Donbas.", "RU|territory|supports"],
  // sanctions: financial measures, economic war, Western restrictions
  ["Rubio said Washington would impose severe economic consequences on Moscow.", "US|sanctions|supports"],
  ["Zakharova condemned the economic war waged by the West.", "RU|sanctions|opposes"],
  ["Sybiha called for secondary measures against oil buyers.", "UA|sanctions|supports"],
  ["Zakharova condemned the latest Western restrictions.", "RU|sanctions|opposes"],
  // security guarantees: protocols, a legally binding guarantee, guarantees named bare
  ["Arakhamia insisted on a treaty signed by all the guarantors.", "UA|security_guarantees|supports"],
  ["Sybiha called for a legally binding guarantee.", "UA|security_guarantees|supports"],
  ["Zakharova condemned the guarantees as a provocation.", "RU|security_guarantees|opposes"],
  // foreign troops: contingents of NATO countries, NATO countries sending troops, a force on the ground
  ["Zakharova rejected any military contingents of Western countries in Ukraine.", "RU|foreign_troops|opposes"],
  ["Peskov warned against NATO countries sending troops.", "RU|foreign_troops|opposes"],
  ["Zakharova rejected the deployment of European units in Ukraine.", "RU|foreign_troops|opposes"],
  ["Sybiha welcomed plans to put a European force on the ground.", "UA|foreign_troops|supports"],
  // negotiations: keep meeting, bringing the sides together, diplomatic initiatives
  ["Witkoff pledged to keep bringing the sides together.", "US|negotiations|supports"],
  ["Ryabkov said Moscow backed any serious diplomatic initiative.", "RU|negotiations|supports"],
  // summit: at leaders' level, the two men meeting
  ["Sybiha said Kyiv was ready for a meeting at leaders' level.", "UA|summit|supports"],
  ["Zelensky proposed a meeting of presidents.", "UA|summit|supports"],
  // military aid: a drawdown, mines and interceptors, arming Kyiv
  ["Hegseth announced a new drawdown for Kyiv.", "US|military_aid|supports"],
  ["Lavrov condemned plans to arm Kyiv.", "RU|military_aid|opposes"],
  ["Hegseth approved more air-defence interceptors for Ukraine.", "US|military_aid|supports"],
  // neutrality: NATO's door, a veto, dragging Ukraine in, the size of "our" army
  ["Rubio rejected any veto over Ukraine's choices.", "US|neutrality|opposes"],
  ["Zelensky vowed never to give up on NATO.", "UA|neutrality|opposes"],
  ["Zakharova condemned plans to drag Ukraine into the alliance.", "RU|neutrality|supports"],
  ["Sybiha rejected a limit on the size of our army.", "UA|neutrality|opposes"],
  ["Putin backed the votes in the occupied regions.", "RU|territory|supports"],
  ["Sybiha welcomed the European presence in Ukraine.", "UA|foreign_troops|supports"],
  ["Zelensky rejected any peace that would reward Russia's seizure of Ukrainian territory.", "UA|territory|opposes"],
  ["Sybiha rejected calls to hand over towns that the army still defends.", "UA|territory|opposes"],
  ["Rubio threatened severe economic consequences for Russia.", "US|sanctions|conditional"],
  ["Zelensky said Kyiv was ready to meet at the leaders' level.", "UA|summit|supports"],
  ["Peskov condemned the decision to arm Kyiv.", "RU|military_aid|opposes"],
  ["Putin said Russia was ready to bring its people home.", "RU|prisoner_exchange|supports"],
  ["Zelensky vowed to bring back every one of them.", "UA|prisoner_exchange|supports"],
  ["Putin welcomed the fact that exchanges were continuing.", "RU|prisoner_exchange|supports"],
  ["Zelensky vowed to keep pushing for the release of everyone held by Russia.", "UA|prisoner_exchange|supports"],
  ["Zelensky refused to give up a single town.", "UA|territory|opposes"],
  ["“We are defending our land and we will never give it to the invader,” Zelensky said.", "UA|territory|opposes"],
  ["Trump proposed a personal meeting in Budapest.", "US|summit|supports"],
  // prisoner exchange: returning one's own people, exchanges that continue
  ["Zelensky vowed to return all of our people.", "UA|prisoner_exchange|supports"],
  ["Yermak said Kyiv would keep working to bring every one of its people home.", "UA|prisoner_exchange|supports"],
  ["Peskov welcomed the agreement to exchange a total of 200 prisoners.", "RU|prisoner_exchange|supports"],
];

/** Sentences whose words look like a topic's but name another matter: no position on that topic. */
const ANOTHER_MATTER: ReadonlyArray<readonly [string, string]> = [
  ["Rubio said the United States announced humanitarian aid to Ukraine.", "military_aid"],
  ["Rubio said Washington backed more financial assistance to Ukraine.", "military_aid"],
  ["Zelensky said Kyiv supports Ukraine's defence ministry reform.", "military_aid"],
  ["Lavrov welcomed new exchanges of views with Washington.", "prisoner_exchange"],
  ["Zelensky rejected a freeze of Russian assets.", "ceasefire"],
  ["Lavrov said Russia has a plan to end the war by force.", "negotiations"],
  ["Rubio said Washington rejected new troops on the ground in Poland.", "foreign_troops"],
  ["Lavrov rejected security guarantees for Russia.", "security_guarantees"],
  ["Lavrov demanded Western guarantees that NATO would not expand.", "security_guarantees"],
  ["Rubio welcomed the humanitarian aid package for Ukraine.", "military_aid"],
  ["Zelensky called on Russia to withdraw all its forces and military equipment from Ukraine.", "military_aid"],
  ["Zelensky welcomed a new exchange rate regime.", "prisoner_exchange"],
  ["Zelensky said Ukraine needs more troops on the ground.", "foreign_troops"],
  ["Zelensky rejected a pause in arms deliveries that would let Russia regroup.", "ceasefire"],
  ["Zelensky dismissed Moscow's claims to have taken the Donetsk region.", "territory"],
  ["Rubio welcomed American shipments of LNG to Europe.", "military_aid"],
  ["Lavrov said Moscow backed a peace treaty with Japan.", "negotiations"],
  ["Zelensky proposed a meeting of the leaders of France and Germany.", "summit"],
  ["Zelensky condemned the release of footage of captured soldiers.", "prisoner_exchange"],
  // a partial truce, by its purpose, its place or its hours, is not the immediate general ceasefire
  ["Medinsky said Russia had proposed short truces so that medics could collect the wounded.", "ceasefire"],
  ["Peskov said Moscow had proposed brief truces so that rescuers could retrieve the dead.", "ceasefire"],
  ["Peskov said Russia had offered a two-day ceasefire in some sections of the front.", "ceasefire"],
  ["Lavrov said Russia offered pauses along certain stretches of the front.", "ceasefire"],
  ["Zelensky said Kyiv rejected a truce lasting 30 hours as a stunt.", "ceasefire"],
  ["Peskov said Moscow proposed truces of 24 to 48 hours on the battlefield.", "ceasefire"],
  ["Peskov said Moscow proposed a temporary truce so that both sides could collect the dead.", "ceasefire"],
  ["Zelensky welcomed a temporary ceasefire for the evacuation of civilians.", "ceasefire"],
  ["Lavrov demanded guarantees that NATO would not expand.", "security_guarantees"],
  ["Lavrov welcomed the guarantees for Russia's security.", "security_guarantees"],
  ["Rubio welcomed new American units to Poland.", "foreign_troops"],
  ["Rubio said NATO allies would send their troops to Lithuania.", "foreign_troops"],
  ["Rubio backed European measures to support Ukraine's economy.", "sanctions"],
  ["Rubio said Washington condemned the drawdown of troops from Germany.", "military_aid"],
  ["Peskov rejected the new realities of the energy market.", "territory"],
];

describe("topic phrases: a proposition named in other words than its label", () => {
  for (const [sentence, triple] of NAMED_IN_OTHER_WORDS) {
    it(`reads ${triple} from: ${sentence}`, async () => {
      expect(await triples(sentence)).toEqual([triple]);
    });
  }
  for (const [sentence, topic] of ANOTHER_MATTER) {
    it(`puts no ${topic} position on: ${sentence}`, async () => {
      expect((await triples(sentence)).filter((t) => t.split("|")[1] === topic)).toEqual([]);
    });
  }
});

describe("referring phrases: 'such a meeting' takes the topic named just before it", () => {
  for (const r of REFERRING_HEADS) {
    for (const [text, triple] of r.examples) {
      it(`${r.name}: reads ${triple} from: ${text}`, async () => {
        expect(await triples(text)).toContain(triple);
      });
    }
  }
  it("names no topic when nothing fitting came before", async () => {
    expect(await triples("The G7 leaders met in Italy. Peskov dismissed such meetings as useless.")).toEqual([]);
  });
});

/**
 * Probe sentences (probes-a) for ceasefire, territory, sanctions, military aid and foreign troops: one-line
 * articles of invented wording (real office holders at the right dates), each with the position the
 * guide gives it, or none. Negative probes (other states, the EU and NATO, analysts, senators, former
 * officials, hypotheticals, recaps, one side's accusation about the other) must give nothing for the
 * topic. Probes the rules still miss are left out (listed in the branch's report), so a change that
 * breaks a reading it had shows here.
 */
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor({ emitFloor: 0 });

async function read(text: string, publishedAt: string, topic: string): Promise<string[]> {
  const { positions } = await extractor.extract(articleFrom(text, `${publishedAt}T12:00:00Z`), { taxonomy });
  return positions.filter((p) => p.topic === topic).map((p) => `${p.actor}|${p.stance}`);
}

/** [sentence, publication day, expected "ACTOR|stance" for the topic ([] for a negative probe)] */
type Case = readonly [sentence: string, publishedAt: string, expected: readonly string[]];

const PROBES: Readonly<Record<string, readonly Case[]>> = {
  ceasefire: [
    [
      "Kremlin spokesman Dmitry Peskov said on Wednesday that a temporary truce would only give Ukraine a breather to rearm.",
      "2025-03-12",
      [],
    ],
    [
      "Vladimir Putin said on Thursday that Russia agreed with the idea of a ceasefire, but only if the root causes of the conflict were addressed.",
      "2025-03-14",
      ["RU|conditional"],
    ],
    [
      "Sergei Lavrov said on Tuesday that Moscow would not agree to an unconditional ceasefire.",
      "2025-05-20",
      ["RU|opposes"],
    ],
    [
      "Yuri Ushakov said Moscow was prepared to consider a truce provided that Western arms deliveries to Kyiv stopped.",
      "2025-03-18",
      ["RU|conditional"],
    ],
    [
      "Maria Zakharova said on Friday that calls for a freeze along the front line were a trap designed to save the Kyiv regime.",
      "2024-06-14",
      ["RU|opposes"],
    ],
    [
      '"We will not accept any pause that lets the enemy regroup," Peskov told reporters on Monday.',
      "2025-05-12",
      ["RU|opposes"],
    ],
    [
      "Putin announced an Easter truce on Saturday, ordering Russian forces to halt all military activity until Monday.",
      "2025-04-19",
      [],
    ],
    [
      "Peskov said on Thursday that the Kremlin was still studying the American ceasefire proposal and had not yet taken a decision.",
      "2025-03-13",
      ["RU|undecided"],
    ],
    [
      "President Volodymyr Zelensky said on Tuesday that Ukraine was ready to accept a 30-day ceasefire proposed by Washington.",
      "2025-03-11",
      ["UA|supports"],
    ],
    [
      "Zelensky called on Moscow on Saturday to agree to a full and unconditional ceasefire starting Monday.",
      "2025-05-10",
      ["UA|supports"],
    ],
    [
      "Mykhailo Podolyak said on Tuesday that freezing the conflict along the current lines would only reward the aggressor.",
      "2023-06-20",
      ["UA|opposes"],
    ],
    [
      "Dmytro Kuleba said Kyiv rejected any ceasefire that left Russian troops on Ukrainian soil.",
      "2023-02-10",
      ["UA|opposes"],
    ],
    [
      "Foreign Minister Andrii Sybiha said Ukraine would support a truce once a monitoring mechanism was in place.",
      "2025-08-20",
      ["UA|conditional"],
    ],
    [
      "Andriy Yermak said on Thursday that a ceasefire without a Russian withdrawal was not realistic.",
      "2022-05-12",
      ["UA|opposes"],
    ],
    [
      "Ukraine's foreign ministry urged Russia on Sunday to extend the truce to thirty days.",
      "2025-04-20",
      ["UA|supports"],
    ],
    [
      "Zelensky said on Monday that a pause in the fighting would only play into Russia's hands.",
      "2024-01-15",
      ["UA|opposes"],
    ],
    [
      "President Donald Trump called on Thursday for an unconditional 30-day ceasefire between Russia and Ukraine.",
      "2025-05-08",
      ["US|supports"],
    ],
    [
      "White House press secretary Karoline Leavitt said the president wanted a ceasefire as soon as possible.",
      "2025-04-25",
      ["US|supports"],
    ],
    [
      "Steve Witkoff travelled to Moscow on Thursday to press the Kremlin to accept the truce proposal.",
      "2025-03-13",
      ["US|supports"],
    ],
    [
      "National Security Adviser Jake Sullivan said on Tuesday that a ceasefire now would only lock in Russia's territorial gains.",
      "2023-07-25",
      ["US|opposes"],
    ],
    [
      "Trump said on Thursday that he wanted to see a ceasefire quickly and would walk away if Moscow refused.",
      "2025-08-14",
      ["US|conditional"],
    ],
    [
      "Trump said on Tuesday that a ceasefire was not needed and that he preferred to go straight to a peace deal.",
      "2025-08-19",
      ["US|opposes"],
    ],
    ["French President Emmanuel Macron said on Wednesday that a ceasefire must be verifiable.", "2025-03-12", []],
    ["EU foreign policy chief Kaja Kallas said the bloc backed an immediate truce.", "2025-03-12", []],
    ["Analysts said a ceasefire could collapse within days if Russia refused monitoring.", "2025-03-12", []],
    ["Senator Lindsey Graham said Putin must accept the ceasefire or face crippling tariffs.", "2025-03-12", []],
    ["If Kyiv were to accept a truce, analysts say, Moscow could use the pause to regroup.", "2025-03-12", []],
    ["In 2015, Putin had said that the Minsk ceasefire was the only way forward.", "2025-03-12", []],
    ["Kyiv accused Moscow on Wednesday of violating the Easter truce thousands of times.", "2025-03-12", []],
    ["Former national security adviser John Bolton said a ceasefire would be a gift to Putin.", "2025-03-12", []],
    ["Turkish President Recep Tayyip Erdogan offered on Wednesday to host talks on a ceasefire.", "2025-03-12", []],
    ["Russian military bloggers said a ceasefire would betray the soldiers at the front.", "2025-03-12", []],
    [
      "Lavrov said on Thursday that a ceasefire along the front line would be a trap for Russia.",
      "2025-03-20",
      ["RU|opposes"],
    ],
    [
      "Trump said on Thursday that he wanted a complete ceasefire and was working hard on it.",
      "2025-03-20",
      ["US|supports"],
    ],
    ["Trump said on Tuesday that the ceasefire in Gaza was holding.", "2025-10-14", []],
    ["Rubio praised the ceasefire between India and Pakistan on Tuesday.", "2025-10-14", []],
    ["The Kremlin accused Kyiv of violating the energy truce on Tuesday.", "2025-10-14", []],
    ["Pope Leo called on Tuesday for a ceasefire in Ukraine.", "2025-10-14", []],
    ["Russian troops kept attacking during the so-called truce, Ukrainian soldiers said.", "2025-10-14", []],
    ["Zelensky said on Thursday that Russia had rejected the ceasefire and kept shelling Kharkiv.", "2025-03-20", []],
    ["Most Russians back a ceasefire, a poll by the Levada Center found.", "2025-03-20", []],
    ["A Kremlin-linked think tank called on Thursday for a freeze along the current front line.", "2025-03-20", []],
    ["Two years ago Zelensky had rejected any freeze of the conflict.", "2025-03-20", []],
    [
      "Reporters asked Peskov on Thursday whether Russia would accept a truce; he declined to answer.",
      "2025-03-20",
      [],
    ],
  ],
  territory: [
    [
      "Russia's memorandum demands that Ukraine withdraw its troops from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.",
      "2025-06-03",
      ["RU|supports"],
    ],
    [
      "Vladimir Putin said on Friday that Kyiv must pull its forces out of the four regions annexed by Moscow.",
      "2024-06-14",
      ["RU|supports"],
    ],
    [
      "Sergei Lavrov said on Thursday that international recognition of Crimea and the four regions as Russian was imperative.",
      "2025-04-10",
      ["RU|supports"],
    ],
    [
      "Yuri Ushakov said Moscow insisted that Kyiv recognise the realities on the ground.",
      "2025-03-20",
      ["RU|supports"],
    ],
    [
      "Zelensky said on Wednesday that Ukraine would never legally recognise the occupation of Crimea.",
      "2025-04-23",
      ["UA|opposes"],
    ],
    ["Dmytro Kuleba said on Wednesday that there would be no territorial concessions.", "2023-02-08", ["UA|opposes"]],
    ['"We will not withdraw from Donbas," Zelensky told reporters on Tuesday.', "2025-08-12", ["UA|opposes"]],
    [
      "Mykhailo Podolyak said on Thursday that Kyiv would return all its lands, including Crimea.",
      "2022-11-10",
      ["UA|opposes"],
    ],
    [
      "Zelensky rejected on Monday any deal that would require Ukraine to cede the Donetsk region.",
      "2025-08-18",
      ["UA|opposes"],
    ],
    [
      "Oleksii Reznikov said Ukraine intended to liberate every occupied town, Crimea included.",
      "2023-01-20",
      ["UA|opposes"],
    ],
    [
      "Vice President JD Vance said on Wednesday that both sides would have to give up some of the territory they now own.",
      "2025-04-23",
      ["US|supports"],
    ],
    [
      "Steve Witkoff proposed that Washington recognise Crimea as Russian as part of a peace deal.",
      "2025-04-21",
      ["US|supports"],
    ],
    [
      "Secretary of State Antony Blinken said that Washington would never recognise Russia's claimed annexation of Ukrainian territory.",
      "2023-01-25",
      ["US|opposes"],
    ],
    [
      "President Joe Biden said on Friday that the United States would never recognise the annexation of Ukrainian land.",
      "2022-09-30",
      ["US|opposes"],
    ],
    [
      "Marco Rubio said the State Department would not recognise the annexation of Ukrainian regions.",
      "2025-02-28",
      ["US|opposes"],
    ],
    [
      "German Chancellor Friedrich Merz said that international borders must not be changed by force.",
      "2025-08-16",
      [],
    ],
    ["Analysts said Ukraine might eventually have to cede Donbas to end the war.", "2025-08-16", []],
    ["Kyiv accused Moscow of seeking to annex the whole of southern Ukraine.", "2025-08-16", []],
    ["In 2014, Putin had said that Crimea had always been an inseparable part of Russia.", "2025-08-16", []],
    ["A poll found that most Ukrainians opposed giving up territory for peace.", "2025-08-16", []],
    ["Senator Chris Murphy said that forcing Ukraine to give up land would be a disgrace.", "2025-08-16", []],
    [
      "NATO Secretary General Mark Rutte said Ukraine should not be forced to recognise the loss of Crimea.",
      "2025-08-16",
      [],
    ],
    ["If Kyiv were to give up Donbas, experts warn, Russia would soon return for more.", "2025-08-16", []],
    ["Former President Petro Poroshenko said no government could sign away Crimea.", "2025-08-16", []],
    ["Moscow accused Kyiv of trying to seize the Kursk region by force.", "2025-08-16", []],
    ["Zelensky said on Wednesday that Ukraine would not trade its territory for peace.", "2025-08-20", ["UA|opposes"]],
    [
      "Zelensky demanded that Russia withdraw its troops from all occupied Ukrainian territory.",
      "2022-09-30",
      ["UA|opposes"],
    ],
    ["Putin demanded that Ukrainian forces leave the Donetsk and Luhansk regions.", "2025-06-02", ["RU|supports"]],
    ["Putin said on Tuesday that Russian troops had captured the town of Pokrovsk.", "2025-09-23", []],
    ["Russia annexed Crimea in 2014 after a referendum that Western states did not recognise.", "2025-09-23", []],
    ["Trump said on Tuesday that the United States needed Greenland for its security.", "2025-09-23", []],
    ["Zelensky visited the liberated town of Kupiansk on Tuesday.", "2025-09-23", []],
    ["Russian nationalists demanded that Moscow seize Odesa.", "2025-09-23", []],
    ["Zelensky said on Thursday that Putin wants to seize the whole of Donbas.", "2025-03-20", []],
    ["US intelligence agencies believe Putin still wants to annex all of Ukraine.", "2025-03-20", []],
    ["Back in September, Biden had vowed never to recognise the annexation of the four regions.", "2022-11-20", []],
    ["Members of the State Duma demanded that Kyiv recognise the loss of Crimea.", "2025-03-20", []],
  ],
  sanctions: [
    [
      "The Treasury Department imposed sanctions on Rosneft and Lukoil on Wednesday, Secretary Scott Bessent said.",
      "2025-10-23",
      ["US|supports"],
    ],
    ["President Joe Biden announced sweeping sanctions on Russian banks on Thursday.", "2022-02-24", ["US|supports"]],
    [
      "Antony Blinken said on Friday that Washington would keep up the economic pressure on Moscow for as long as it takes.",
      "2023-02-24",
      ["US|supports"],
    ],
    [
      "President Donald Trump threatened on Monday to impose secondary tariffs on buyers of Russian oil unless a deal was reached within 50 days.",
      "2025-07-14",
      ["US|conditional"],
    ],
    [
      "Trump said on Tuesday that he was not in favour of new sanctions on Russia while talks were going on.",
      "2025-03-04",
      ["US|opposes"],
    ],
    [
      "Trump said sanctions relief for Russia was possible once a peace agreement was signed.",
      "2025-08-05",
      ["US|conditional"],
    ],
    [
      "The State Department unveiled more than 400 new sanctions targeting Russia's war economy on Friday.",
      "2024-08-23",
      ["US|supports"],
    ],
    [
      "Marco Rubio said on Monday that the administration had not decided whether to impose additional sanctions.",
      "2025-05-19",
      ["US|undecided"],
    ],
    ["Biden announced a ban on imports of Russian oil and gas on Tuesday.", "2022-03-08", ["US|supports"]],
    [
      '"We will hit Russia with big sanctions if Putin does not come to the table," Trump told reporters on Tuesday.',
      "2025-09-02",
      ["US|conditional"],
    ],
    [
      "Kremlin spokesman Dmitry Peskov said on Thursday that the Western sanctions were an economic war against Russia.",
      "2022-03-10",
      ["RU|opposes"],
    ],
    [
      "Maria Zakharova said on Thursday that the new American sanctions were counterproductive.",
      "2025-10-23",
      ["RU|opposes"],
    ],
    [
      "Sergei Lavrov said Moscow demanded the lifting of sanctions on Russian agricultural exports as a condition of the Black Sea deal.",
      "2025-04-10",
      ["RU|opposes"],
    ],
    [
      "Putin said on Friday that no self-respecting country acts under pressure, calling the sanctions an unfriendly act.",
      "2025-10-24",
      ["RU|opposes"],
    ],
    [
      "President Volodymyr Zelensky welcomed the new American sanctions on Russian oil companies on Thursday.",
      "2025-10-23",
      ["UA|supports"],
    ],
    [
      "Zelensky called on Tuesday for strong sanctions against Russia if it refused a ceasefire.",
      "2025-05-13",
      ["UA|conditional"],
    ],
    [
      "Dmytro Kuleba urged the EU to adopt the eleventh sanctions package without delay.",
      "2023-06-20",
      ["UA|supports"],
    ],
    [
      "Andrii Sybiha said that pressure on Moscow must be increased, including sanctions on the shadow fleet.",
      "2025-06-10",
      ["UA|supports"],
    ],
    [
      '"Sanctions must be stronger and they must hit Russian oil," Zelensky said in his evening address.',
      "2025-09-15",
      ["UA|supports"],
    ],
    [
      "Andriy Yermak said on Tuesday that any easing of sanctions before the war ended would be a mistake.",
      "2025-04-01",
      ["UA|supports"],
    ],
    [
      "Zelensky imposed sanctions on Friday on dozens of Russian companies supplying drone parts.",
      "2024-02-23",
      ["UA|supports"],
    ],
    ["The European Union adopted its 19th sanctions package against Russia on Thursday.", "2025-10-23", []],
    ["British Foreign Secretary David Lammy announced new sanctions on the Russian shadow fleet.", "2025-10-23", []],
    ["Analysts said the sanctions could cut Russia's oil revenue by a third.", "2025-10-23", []],
    [
      "Senator Lindsey Graham introduced a bill that would impose 500 percent tariffs on buyers of Russian oil.",
      "2025-10-23",
      [],
    ],
    ["Hungarian Prime Minister Viktor Orban said the sanctions had hurt Europe more than Russia.", "2025-10-23", []],
    ["In 2014, Obama had imposed the first sanctions over Crimea.", "2025-10-23", []],
    ["Former Treasury official Daniel Fried said the sanctions should have come years ago.", "2025-10-23", []],
    ["If Washington were to lift sanctions, economists say, the rouble could strengthen sharply.", "2025-10-23", []],
    ["China condemned the unilateral sanctions on its companies on Thursday.", "2025-10-23", []],
    ["Moscow accused Washington of using sanctions to destroy European industry.", "2025-10-23", []],
    [
      "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow wanted sanctions relief for its agricultural exporters.",
      "2025-03-26",
      ["RU|opposes"],
    ],
    [
      "Sergei Lavrov said that the lifting of Western restrictions on Russian banks was a precondition for the deal.",
      "2025-04-02",
      ["RU|opposes"],
    ],
    ["Andrii Sybiha warned on Wednesday against any easing of sanctions on Russia.", "2025-03-26", ["UA|supports"]],
    ["Zelensky thanked Washington on Tuesday for the new sanctions against Moscow.", "2022-03-15", ["UA|supports"]],
    ["The White House announced on Wednesday a ban on new investment in Russia.", "2022-04-06", ["US|supports"]],
    [
      "The United States imposed sanctions on Venezuelan oil officials on Wednesday, the State Department said.",
      "2025-03-26",
      [],
    ],
    ["Russia imposed counter-sanctions on dozens of American officials on Wednesday.", "2025-03-26", []],
    ["The Kremlin banned entry to 500 Americans in response, the foreign ministry said.", "2025-03-26", []],
    [
      "European leaders said they would keep the sanctions in place until Russia pays for the damage.",
      "2025-03-26",
      [],
    ],
    ["Russian oligarchs said the sanctions had cost them billions.", "2025-03-26", []],
    ["Kremlin critic Garry Kasparov said on Thursday that sanctions on Russia must be tougher.", "2025-03-20", []],
    [
      "EU foreign policy chief Kaja Kallas said on Thursday that Washington must keep the sanctions on Russia.",
      "2025-03-20",
      [],
    ],
    ["Peskov said on Thursday that Washington had imposed sanctions to weaken Europe.", "2025-03-20", []],
  ],
  military_aid: [
    [
      "President Joe Biden announced on Wednesday that the United States would send 31 Abrams tanks to Ukraine.",
      "2023-01-25",
      ["US|supports"],
    ],
    [
      "Lloyd Austin said on Wednesday that the Pentagon would rush weapons to Ukraine within days.",
      "2024-04-24",
      ["US|supports"],
    ],
    [
      "Biden announced another $800 million in military assistance for Kyiv on Thursday.",
      "2022-04-21",
      ["US|supports"],
    ],
    [
      "Trump said on Monday that Washington would send Patriot air defence systems to Ukraine, paid for by Europe.",
      "2025-07-14",
      ["US|supports"],
    ],
    [
      "Marco Rubio said the United States would resume intelligence sharing and security assistance to Ukraine.",
      "2025-03-11",
      ["US|supports"],
    ],
    [
      "The Pentagon rejected on Wednesday a Polish offer to transfer MiG-29 fighter jets to Ukraine through a US base.",
      "2022-03-09",
      ["US|opposes"],
    ],
    [
      "Moscow warned Washington on Thursday to stop arming Ukraine, saying the deliveries added fuel to the conflict.",
      "2022-04-14",
      ["RU|opposes"],
    ],
    [
      "Vladimir Putin said on Sunday that supplying Tomahawks to Kyiv would mean a qualitatively new stage of escalation.",
      "2025-10-06",
      ["RU|opposes"],
    ],
    [
      "Sergei Lavrov said Western arms supplies to Kyiv were making the West a party to the conflict.",
      "2024-06-05",
      ["RU|opposes"],
    ],
    [
      '"Every new Western weapon only prolongs the agony of the Kyiv regime," Maria Zakharova said.',
      "2023-05-12",
      ["RU|opposes"],
    ],
    [
      "President Volodymyr Zelensky urged allies on Wednesday to send more air defence systems.",
      "2024-01-10",
      ["UA|supports"],
    ],
    [
      "Zelensky asked Britain on Wednesday for fighter jets, saying they were wings for freedom.",
      "2023-02-08",
      ["UA|supports"],
    ],
    ["Zelensky said in Washington on Friday that Ukraine needed Tomahawk missiles.", "2025-10-17", ["UA|supports"]],
    [
      "Oleksii Reznikov said on Friday that Ukraine needed Leopard tanks to liberate its territory.",
      "2023-01-20",
      ["UA|supports"],
    ],
    [
      "Rustem Umerov said Kyiv was counting on its partners to keep deliveries of artillery shells flowing.",
      "2025-06-02",
      ["UA|supports"],
    ],
    [
      "Zelensky's victory plan calls for more long-range weapons and permission to use them on Russian territory.",
      "2024-10-16",
      ["UA|supports"],
    ],
    [
      "Andrii Sybiha said on Tuesday that American military aid was critical and must continue.",
      "2025-03-04",
      ["UA|supports"],
    ],
    [
      '"We need heavy weapons, and we need them now," Mykhailo Podolyak wrote on Tuesday.',
      "2022-06-14",
      ["UA|supports"],
    ],
    [
      "German Chancellor Olaf Scholz said on Tuesday that Germany would not send Taurus missiles to Ukraine.",
      "2025-03-04",
      [],
    ],
    ["Analysts said Western weapons deliveries had slowed the Russian advance.", "2025-03-04", []],
    ["House Speaker Mike Johnson said the aid bill would get a vote next week.", "2025-03-04", []],
    ["If Washington were to cut off aid, experts say, Ukraine's lines could collapse by summer.", "2025-03-04", []],
    ["NATO Secretary General Mark Rutte said on Tuesday that allies would keep arming Ukraine.", "2025-03-04", []],
    ["In 2014, Obama had refused to send lethal weapons to Ukraine.", "2025-03-04", []],
    ["Kyiv accused Moscow of using North Korean missiles against cities.", "2025-03-04", []],
    ["Russia launched a massive missile attack on Ukrainian energy facilities overnight.", "2025-03-04", []],
    ["Former Pentagon official Evelyn Farkas said the aid pause was a betrayal.", "2025-03-04", []],
    ["Moscow accused Washington of fighting a proxy war by arming Kyiv.", "2025-03-04", []],
    [
      "Sergei Lavrov warned Washington on Wednesday against sending Tomahawks to Ukraine.",
      "2025-10-08",
      ["RU|opposes"],
    ],
    ["Maria Zakharova condemned the delivery of F-16 jets to Kyiv on Thursday.", "2024-08-01", ["RU|opposes"]],
    [
      "The Pentagon halted shipments of some air defence missiles to Ukraine, a spokesman said on Wednesday.",
      "2025-07-02",
      ["US|opposes"],
    ],
    ["Zelensky thanked the United States on Thursday for the new Patriot missiles.", "2024-04-25", ["UA|supports"]],
    ["Dmitry Medvedev threatened on Wednesday to use nuclear weapons against Kyiv.", "2025-10-08", []],
    ["North Korea sent artillery shells to Russia, South Korean intelligence said.", "2025-10-08", []],
    [
      "Russia launched 500 drones and 40 missiles at Ukraine overnight, the Ukrainian air force said.",
      "2025-10-08",
      [],
    ],
    ["Iran supplied Shahed drones to Russia, Western officials say.", "2025-10-08", []],
    ["Moscow accused Kyiv of using Western missiles to strike civilian targets in Belgorod.", "2025-10-08", []],
    ["Republican senators urged Trump on Thursday to send more weapons to Ukraine.", "2025-03-20", []],
    ["Peskov said on Thursday that Washington had been arming Kyiv for years.", "2025-03-20", []],
    [
      "Zelensky said on Thursday that the United States had stopped the deliveries of Patriot missiles.",
      "2025-03-20",
      [],
    ],
    ["Will Washington send Tomahawks to Kyiv? Trump would not say on Thursday.", "2025-03-20", []],
  ],
  foreign_troops: [
    [
      "Sergei Lavrov said on Thursday that the deployment of European peacekeepers in Ukraine was unacceptable to Moscow.",
      "2025-03-06",
      ["RU|opposes"],
    ],
    [
      "Vladimir Putin said on Friday that any Western troops in Ukraine would be legitimate targets for the Russian army.",
      "2025-09-05",
      ["RU|opposes"],
    ],
    [
      "Kremlin spokesman Dmitry Peskov warned on Tuesday that sending NATO troops to Ukraine would make a direct conflict inevitable.",
      "2024-02-27",
      ["RU|opposes"],
    ],
    [
      "Lavrov said Russia would not accept troops from NATO countries in Ukraine under any flag.",
      "2025-02-18",
      ["RU|opposes"],
    ],
    [
      "Maria Zakharova said the idea of a European contingent in Ukraine was a provocation.",
      "2025-03-11",
      ["RU|opposes"],
    ],
    [
      "Moscow rejected on Thursday any foreign military presence in Ukraine as part of security guarantees.",
      "2025-08-21",
      ["RU|opposes"],
    ],
    [
      '"No foreign forces will be allowed on Ukrainian soil," Peskov told reporters on Friday.',
      "2025-09-05",
      ["RU|opposes"],
    ],
    [
      "President Volodymyr Zelensky said on Saturday that European troops on the ground could be part of security guarantees.",
      "2025-02-15",
      ["UA|supports"],
    ],
    [
      "Andrii Sybiha said Kyiv welcomed plans for a reassurance force of European soldiers.",
      "2025-03-11",
      ["UA|supports"],
    ],
    [
      "Zelensky called on European partners to station troops in Ukraine once the fighting stops.",
      "2025-12-01",
      ["UA|supports"],
    ],
    [
      "Ukraine is asking its allies for a European contingent on its territory, Andriy Yermak said on Tuesday.",
      "2025-08-19",
      ["UA|supports"],
    ],
    [
      "Defence Secretary Pete Hegseth said on Wednesday that no American troops would be deployed to Ukraine.",
      "2025-02-12",
      ["US|opposes"],
    ],
    ["Trump said that there would be no American boots on the ground in Ukraine.", "2025-08-19", ["US|opposes"]],
    [
      "The White House said on Tuesday that President Biden had no plans to send troops to Ukraine.",
      "2024-02-27",
      ["US|opposes"],
    ],
    [
      "Steve Witkoff said Washington would back a European peacekeeping force for Ukraine.",
      "2025-03-02",
      ["US|supports"],
    ],
    [
      "Antony Blinken said on Thursday that American forces would not be deployed to fight in Ukraine.",
      "2022-02-24",
      ["US|opposes"],
    ],
    [
      "French President Emmanuel Macron said that European troops could be deployed in Ukraine after a peace deal.",
      "2025-03-06",
      [],
    ],
    [
      "British Prime Minister Keir Starmer said Britain was ready to put boots on the ground in Ukraine.",
      "2025-03-06",
      [],
    ],
    ["NATO announced on Thursday that it would send more troops to Poland and the Baltic states.", "2025-03-06", []],
    ["Analysts said that a European force in Ukraine would need American air cover.", "2025-03-06", []],
    ["If European troops were to enter Ukraine, experts warn, Russia could escalate.", "2025-03-06", []],
    ["In 2024, Macron had said that sending Western troops to Ukraine could not be ruled out.", "2025-03-06", []],
    ["Moscow accused Britain of secretly deploying special forces in Ukraine.", "2025-03-06", []],
    ["Polish Prime Minister Donald Tusk said Poland would not send troops to Ukraine.", "2025-03-06", []],
    ["Senator Roger Wicker said that American troops should help guarantee a peace deal.", "2025-03-06", []],
    ["The Pentagon said on Thursday it would deploy 3,000 more soldiers to Romania.", "2025-03-06", []],
    ["North Korean troops have been deployed to the Kursk region, Kyiv said on Thursday.", "2025-03-06", []],
    [
      "Lavrov said on Thursday that peacekeepers from NATO countries would be a legitimate target.",
      "2025-03-20",
      ["RU|opposes"],
    ],
    [
      "Karoline Leavitt said on Wednesday that American boots on the ground were off the table.",
      "2025-08-20",
      ["US|opposes"],
    ],
    [
      "Zelensky said on Thursday that North Korean troops were fighting alongside Russian forces in Kursk.",
      "2025-03-20",
      [],
    ],
    ["Russian troops advanced near Pokrovsk, the Russian defence ministry said on Thursday.", "2025-03-20", []],
    ["The Pentagon said on Thursday that American troops in Germany would be reduced.", "2025-03-20", []],
    ["Ukrainian troops withdrew from the village, the general staff said.", "2025-03-20", []],
    ["Italian Prime Minister Giorgia Meloni said Italy would not send soldiers to Ukraine.", "2025-03-20", []],
    ["Peskov said on Thursday that Britain and France wanted to send troops to Ukraine.", "2025-03-20", []],
    ["Zelensky said on Thursday that Russia had brought North Korean soldiers to the front.", "2025-03-20", []],
    ["A Reuters/Ipsos poll found most Americans oppose sending US troops to Ukraine.", "2025-03-20", []],
  ],
};

describe.each(Object.entries(PROBES))("%s probes", (topic, cases) => {
  it.each(cases)("%s", async (sentence, publishedAt, expected) => {
    expect(await read(sentence, publishedAt, topic)).toEqual(expected);
  });
});

/** The kinds of sentence the probes found, each in further invented wording: [kind, topic, sentence, day, expected]. */
const KINDS: readonly [
  kind: string,
  topic: string,
  sentence: string,
  publishedAt: string,
  expected: readonly string[],
][] = [
  [
    "a call with the day between the verb and its object",
    "ceasefire",
    "Secretary of State Marco Rubio called on Friday for a 30-day truce across the whole front.",
    "2025-05-09",
    ["US|supports"],
  ],
  [
    "asking a state for weapons, the day between",
    "military_aid",
    "Defence Minister Rustem Umerov asked the Netherlands on Wednesday for more F-16s.",
    "2024-02-14",
    ["UA|supports"],
  ],
  [
    "asking for weapons",
    "military_aid",
    "Dmytro Kuleba asked Berlin for more air defence systems.",
    "2023-05-10",
    ["UA|supports"],
  ],
  [
    "there will be no foreign troops",
    "foreign_troops",
    "Jake Sullivan said that there will be no American troops in Ukraine.",
    "2022-03-02",
    ["US|opposes"],
  ],
  [
    "there will be no territorial concessions",
    "territory",
    "Andrii Sybiha said that there would be no territorial concessions to Moscow.",
    "2024-11-20",
    ["UA|opposes"],
  ],
  [
    "no foreign troops would be allowed",
    "foreign_troops",
    "Maria Zakharova said that no Western troops would be allowed on Ukrainian territory.",
    "2025-03-20",
    ["RU|opposes"],
  ],
  [
    "a consequence that condemns: would only reward the aggressor",
    "ceasefire",
    "Dmytro Kuleba said on Wednesday that a frozen conflict would only reward the aggressor.",
    "2023-11-08",
    ["UA|opposes"],
  ],
  [
    "a consequence that condemns: would lock in gains",
    "ceasefire",
    "Antony Blinken said a premature ceasefire would lock in Russia's gains.",
    "2022-06-15",
    ["US|opposes"],
  ],
  [
    "a verdict: arms make the West a party to the war",
    "military_aid",
    "Vladimir Putin said that long-range missiles for Kyiv would make NATO countries parties to the war.",
    "2024-09-12",
    ["RU|opposes"],
  ],
  [
    "a verdict on sanctions: they have failed",
    "sanctions",
    "Vladimir Putin said on Friday that Western sanctions have failed.",
    "2024-06-07",
    ["RU|opposes"],
  ],
  [
    "a verdict on sanctions: an economic war",
    "sanctions",
    "Sergei Lavrov said the sanctions were an economic war against Russia.",
    "2022-04-05",
    ["RU|opposes"],
  ],
  [
    "a demand that pressure be tougher",
    "sanctions",
    "Volodymyr Zelensky said pressure on Moscow must be tougher.",
    "2024-08-20",
    ["UA|supports"],
  ],
  [
    "a verdict: lifting sanctions would be a mistake",
    "sanctions",
    "Andrii Sybiha said lifting sanctions now would be a mistake.",
    "2025-03-21",
    ["UA|supports"],
  ],
  [
    "a verdict: a ceasefire is not needed",
    "ceasefire",
    "Yuri Ushakov said an immediate ceasefire was not needed.",
    "2025-03-13",
    ["RU|opposes"],
  ],
  [
    "wanted as part of the guarantees",
    "foreign_troops",
    "Zelensky said European soldiers could be part of the security guarantees.",
    "2025-02-20",
    ["UA|supports"],
  ],
  [
    "a US department's act",
    "sanctions",
    "The Treasury Department unveiled new sanctions on Russian oil traders on Friday.",
    "2024-02-23",
    ["US|supports"],
  ],
  [
    "not a verdict on sanctions: attempts to evade them",
    "sanctions",
    "Analysts said attempts to evade sanctions have failed.",
    "2025-03-21",
    [],
  ],
  [
    "asking for comment is no demand",
    "military_aid",
    "The army asked the ministry for comment on the new rifles.",
    "2025-03-21",
    [],
  ],
  [
    "a supplier needing its own missiles is no support for sending them",
    "military_aid",
    "Trump said on Saturday that America needed its own missiles.",
    "2025-10-18",
    [],
  ],
  [
    "a troop contingent is no condition",
    "foreign_troops",
    "Zelensky said Ukraine wanted a European contingent on its territory.",
    "2025-08-19",
    ["UA|supports"],
  ],
  [
    "Kyiv demanding that Russian troops leave is no ceding of land",
    "territory",
    "Kuleba demanded that Russian troops leave Crimea and the Donbas region.",
    "2023-03-01",
    ["UA|opposes"],
  ],
  [
    "Moscow demanding that Ukrainian troops vacate regions",
    "territory",
    "Lavrov said Ukrainian troops must vacate the four regions.",
    "2024-06-15",
    ["RU|supports"],
  ],
  [
    "a verdict: a ceasefire would be a ploy",
    "ceasefire",
    "Peskov said a ceasefire now would be a ploy.",
    "2025-03-14",
    ["RU|opposes"],
  ],
  [
    "thanks with the day between",
    "military_aid",
    "Zelensky thanked Germany and France on Wednesday for the new air defence systems.",
    "2023-07-12",
    ["UA|supports"],
  ],
  [
    "a ban on imports from Russia",
    "sanctions",
    "Biden announced a ban on imports from Russia of seafood and diamonds.",
    "2022-03-11",
    ["US|supports"],
  ],
  [
    "a truce in another war: Gaza",
    "ceasefire",
    "Rubio said the truce in Gaza was fragile but holding.",
    "2025-11-03",
    [],
  ],
  [
    "a truce in another war: two other states",
    "ceasefire",
    "Trump welcomed the ceasefire between Thailand and Cambodia.",
    "2025-07-29",
    [],
  ],
  [
    "troops leaving a region, nobody said whose",
    "territory",
    "Kuleba demanded that troops leave Kherson.",
    "2023-03-01",
    [],
  ],
  [
    "agreeing in principle with the idea",
    "ceasefire",
    "Marco Rubio said Washington agreed in principle with the idea of a truce in the air and at sea and on land.",
    "2025-03-10",
    ["US|supports"],
  ],
  [
    "rushing weapons",
    "military_aid",
    "Lloyd Austin said the United States was rushing artillery to Ukraine.",
    "2022-04-28",
    ["US|supports"],
  ],
  ["a must", "territory", "Peskov said Ukraine's withdrawal from Donbas was a must.", "2025-06-20", ["RU|supports"]],
  [
    "non-negotiable, of an inverse topic",
    "territory",
    "Kuleba said Ukraine's territorial integrity was non-negotiable.",
    "2024-05-14",
    ["UA|opposes"],
  ],
  [
    "a consequence that condemns: a new round of escalation",
    "military_aid",
    "Peskov said long-range missiles for Kyiv would mark a new round of escalation.",
    "2024-09-13",
    ["RU|opposes"],
  ],
  [
    "a consequence that condemns: a direct clash inevitable",
    "foreign_troops",
    "Lavrov said sending Western troops to Ukraine would make a direct clash with NATO inevitable.",
    "2024-03-01",
    ["RU|opposes"],
  ],
  [
    "a consequence that condemns: only prolongs the suffering",
    "military_aid",
    "Peskov said Western tanks only prolong the suffering of Ukrainians.",
    "2023-01-26",
    ["RU|opposes"],
  ],
  [
    "a verdict: an open provocation",
    "foreign_troops",
    "Zakharova said the deployment of French soldiers in Ukraine would be an open provocation.",
    "2025-03-07",
    ["RU|opposes"],
  ],
  [
    "troops that would not be sent",
    "foreign_troops",
    "John Kirby said on Wednesday that American soldiers would not be sent to Ukraine.",
    "2023-06-14",
    ["US|opposes"],
  ],
  [
    "not foreign troops: Ukraine's own would not be deployed",
    "foreign_troops",
    "Zelensky said Ukrainian troops would not be deployed to Kursk again.",
    "2025-03-07",
    [],
  ],
  [
    "not open to negotiation, of a possession held",
    "territory",
    "Dmytro Kuleba said Ukraine's borders and territorial integrity were not open to negotiation.",
    "2022-04-02",
    ["UA|opposes"],
  ],
  [
    "not up for discussion, of a proposal: no reading",
    "ceasefire",
    "Peskov said on Thursday that a ceasefire was not up for discussion.",
    "2025-03-20",
    [],
  ],
  [
    "still necessary",
    "ceasefire",
    "Andrii Sybiha said an immediate ceasefire remained necessary.",
    "2025-04-01",
    ["UA|supports"],
  ],
  [
    "necessary to do something else",
    "ceasefire",
    "Andrii Sybiha said it was necessary to discuss the ceasefire with partners first.",
    "2025-04-01",
    [],
  ],
  [
    "the lifting told after the sanctions' target",
    "sanctions",
    "Lavrov demanded on Saturday that all Western sanctions on Russian banks be lifted.",
    "2024-06-15",
    ["RU|opposes"],
  ],
];

describe("kinds of sentence found by probing", () => {
  it.each(KINDS)("%s", async (_kind, topic, sentence, publishedAt, expected) => {
    expect(await read(sentence, publishedAt, topic)).toEqual(expected);
  });
});

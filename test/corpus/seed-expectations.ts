// Hand-picked from the seed files by reading them (not produced by the loader): for each seed,
// the body paragraphs in order and the lines that are page furniture.
// Whitespace is collapsed (the 003 lines carry non-breaking spaces); the leading "date 2025-05-04" of
// 000 and 001 is metadata, not text.

export interface SeedExpectation {
  body: string[];
  furniture: string[];
}

export const SEEDS: Record<string, SeedExpectation> = {
  "000_93455575c53b0e54": {
    body: [
      "Mexican President Claudia Sheinbaum revealed on Saturday that she had rejected President Donald Trump‘s offer of troops to help combat drug trafficking in Mexico, saying, “Sovereignty is not for sale.”",
      "Responding to a Friday report from The Wall Street Journal that Trump was pressuring Mexico to allow for further U.S. involvement in combating drug cartels, Sheinbaum described a tense phone call shared with her northern counterpart last month.",
      "“He said, ‘How can we help you fight drug trafficking? I propose that the United States military come in and help you.’ And you know what I said to him? ‘No, President Trump,’” Sheinbaum told supporters gathered in eastern Mexico on Saturday.",
      "She continued, “Sovereignty is not for sale. Sovereignty is loved and defended.”",
      "According to the WSJ report, the 45-minute phone call, which took place on April 16, saw Trump push for the U.S. to not just send troops into Mexico but to take a leading role in the fight against the country’s drug cartels. Sheinbaum responded that while her administration would cooperate when it came to intelligence-sharing, it would not accept a direct military presence.",
      "Trump has previously asserted that he would take unilateral action if Mexico failed to dismantle the cartels, telling Fox News last month after his phone call with Sheinbaum, “Mexico is very, very afraid of the cartels. We want to help her. We want to help Mexico, because you can’t run a country like that. You just can’t.”",
      "A White House spokesperson said at the time that while the conversation was productive, “Mexico still must do more to protect Americans from dangerous foreign terrorist organizations and the drugs and violence they flood into communities on both sides of the border.”",
      "Trump has overseen an increase in military presence along the southern border since his inauguration, designed to assist other government agencies in combating immigration.",
      "In a presidential memorandum published last month, the president laid out a plan to have the Department of Defense claim jurisdiction over a strip of public land along the border, known as the Roosevelt Reservation, in order to enable further military activities like border wall construction and the placement of detection equipment.",
      "While Sheinbaum has cooperated with Trump on matters of immigration and trade—Trump agreed to a pause on his tariffs in exchange for Mexico reinforcing their side of the border with 10,000 members of Mexico’s National Guard back in February—she is now making it clear that U.S. military presence in Mexico is where she draws the line. “We can work together, but you in your territory and us in ours,“ said Sheinbaum.",
      "“We will never accept the presence of the United States military in our territory,” she declared.",
    ],
    furniture: [
    ],
  },
  "001_2dae5b0090463c0d": {
    body: [
      "Mexican President Claudia Sheinbaum said on Saturday that U.S. President Donald Trump proposed sending American troops into Mexico to help her administration fight drug trafficking but that she rejected it.",
      "Her remarks to supporters in eastern Mexico came in response to a Wall Street Journal article published the day before, describing a tense phone call last month in which Trump reportedly pressured her to accept a bigger role for the U.S. military in combating drug cartels in Mexico.",
      "\"He said, 'How can we help you fight drug trafficking? I propose that the United States military come in and help you.' And you know what I said to him? 'No, President Trump.'\"",
      "She added: \"Sovereignty is not for sale. Sovereignty is loved and defended.\"",
      "White House National Security Council spokesman James Hewitt said in a statement later Saturday that Trump has worked closely with Mexico's president \"to achieve the most secure southwest border in history.\"",
      "\"Dangerous Foreign Terrorist Organizations, however, continue to threaten our shared security and the drugs and crime they spread threaten American communities across the country,\" the statement said. \"The President has been crystal clear that Mexico must do more do combat these gangs and cartels and the United States stands ready to assist and expand the already close cooperation between our two countries.\"",
      "The U.S. military presence has increased steadily along its southern border with Mexico in recent months, following Trump's order in January to increase the army's role in stemming the flow of migrants.",
      "The U.S. Northern Command has surged troops and equipment to the border, increased manned surveillance flights to monitor fentanyl trafficking along the border and sought expanded authority for U.S. Special Forces to work closely with Mexican forces conducting operations against cartels.",
      "Trump designated many of the gangs and cartels smuggling drugs into the U.S. as foreign terrorist organizations on Feb. 19, restricting their movements and lending law enforcement more resources to act against them.",
      "But Sheinbaum's hardline stance Saturday signaled that U.S. pressure for unilateral military intervention would put her and Trump on a collision course after months of cooperation on immigration and trade.",
      "\"We can work together, but you in your territory and us in ours,\" Sheinbaum said.",
    ],
    furniture: [
      "Stay Curious. Stay Connected.",
      "International",
      "The Associated Press",
      "Mexico City",
      "Mexican President Claudia Sheinbaum attends her morning press conference at the National Palace in Mexico City, April 2, 2025.",
      "Marco Ugarte/AP",
    ],
  },
  "003_b2cabb8e39e5c6fc": {
    body: [
      "Mexican President Claudia Sheinbaum has firmly declined a proposal from US President Donald Trump to deploy American troops within Mexico to combat drug trafficking.",
      "During a public event on Saturday, Sheinbaum emphasised that Mexico's sovereignty is \"inviolable\" and that the country \"will never accept the presence of the United States army in our territory.\"",
      "The offer was made during a phone call between the two leaders on April 16, as reported by The Wall Street Journal.",
      "Trump suggested that US forces take a leading role in addressing Mexican drug cartels, particularly those involved in fentanyl production and smuggling.",
      "Sheinbaum rejected the proposal, stating, \"I told him, 'No, President Trump, our territory is inviolable, our sovereignty is inviolable, our sovereignty is not for sale.'\"",
      "While declining military assistance, Sheinbaum expressed openness to increased collaboration with the U.S., including enhanced intelligence sharing.",
      "She also urged Trump to take stronger action against cross-border arms trafficking, which has contributed to significant violence in Mexico.",
      "In response, a spokesperson for the US National Security Council reaffirmed Trump's commitment to assisting Mexico in combating drug cartels and enhancing border security.",
      "This development underscores ongoing tensions between the two nations over drug trafficking, immigration, and national sovereignty.",
      "Despite previous cooperation, including joint efforts to combat illegal migration, Sheinbaum has consistently asserted that Mexico will not tolerate foreign military presence on its soil.",
      "She reiterated this stance in a statement, saying, \"With Mexico, it is collaboration and coordination, never subordination or interventionism, and even less invasion.\"",
      "The situation remains fluid, with both countries navigating complex issues related to security, trade, and diplomacy.",
    ],
    furniture: [
      "Trump suggested to Sheinbaum for US forces take leading role in addressing Mexican drug cartels",
      "News Desk May 04, 2025",
      "PHOTO:REUTER",
      "Listen to article",
      "COMMENTS",
      "Replying to X",
      "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
      "For more information, please see our Comments FAQ",
    ],
  },
  "004_548375a72d7ec2da": {
    body: [
      "Mexican President Claudia Sheinbaum publicly confirmed she rejected U.S. military assistance from President Donald Trump, who was looking to help the country fight drug trafficking and violent cartels.",
      "Responding to a Wall Street Journal report Friday that detailed the offer, Sheinbaum confirmed “it’s true.”",
      "Trump reportedly called Sheinbaum and asked, “How can we help you fight drug trafficking?”",
      "She told Trump the country will “never accept” the presence of the U.S. Army in its territory.",
      "“No, President Trump, our territory is inalienable, sovereignty is inalienable,” Sheinbaum said. “We can collaborate. We can work together, but with you in your territory and us in ours. We can share information, but we will never accept the presence of the United States Army on our territory.”",
      "In a written statement to Fox News Digital Saturday, White House deputy press secretary Anna Kelly highlighted coordinated efforts with Mexico to address border security.",
      "“President Trump has worked with President Sheinbaum to advance border security collaboration with Mexico to the highest levels ever,” Kelly wrote. “This robust cooperation and information sharing is delivering tangible results, including the removal of numerous cartel leaders to the U.S. to face justice and creating the most secure border in history.”",
      "Since taking office, Trump has continued to use CIA drones to conduct surveillance flights over the country in coordination with the Mexican government.",
      "He has also formally named drug cartels “foreign terrorist” groups.",
      "However, Kelly said Mexico must do more to protect Americans from dangerous foreign terrorist organizations and “the drugs and violence they flood into communities on both sides of the border.”",
      "“We will continue exploring ways to enhance our efforts across the region to dismantle these transnational criminal organizations,” she wrote. “We will make America safe again.”",
      "The Heritage Foundation, a top conservative group, released a report in January detailing how Trump could use the military to confront the border crisis.",
      "It argued that Mexican cartels are continuing to grow, illegal immigration and narcotics smuggling have accelerated and U.S.-Mexico security cooperation has deteriorated.",
      "However, the report noted direct military action against cartels should be a “last resort,” preferring joint military action with Mexican coordination, Fox News Digital previously reported.",
      "“In the appropriate context, unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government,” the group wrote.",
      "The foundation claimed Mexico was unlikely to change its stance when Sheinbaum was elected despite the escalating threat from cartels.",
      "Fox News Digital’s Adam Shaw and the Associated Press contributed to this report.",
    ],
    furniture: [
      "CONSERVATIVE GROUP’S ROADMAP SHOWS HOW TRUMP CAN USE MILITARY TO THWART CARTELS",
      "SINALOA CARTEL TAKES ROOT IN AMERICAN NEIGHBORHOODS: WHERE ARE THEY?",
      "Mexican President Claudia Sheinbaum",
      "CIA USES DRONES TO SNIFF OUT CARTELS AND FENTANYL LABS IN MEXICO",
      "Mexican President Claudia Sheinbaum",
      "CLICK TO GET THE FOX NEWS APP",
      "Read the full article here",
      "Share.",
      "Leave A Reply",
      "© 2025 Time Bulletin. All Rights Reserved.",
    ],
  },
};

"""Common first names: whether a run of capitalised words is a person's name, and which
pronoun can stand for them.

Data for :mod:`~newsweave.synthesis.quotes.speakers` (a first name gives a person's gender) and
the entities stage (a first name marks a run of capitalised words as a person's name: "Tony
Scott" is a person whatever the small model typed him), kept apart from their logic. Written
for newsweave from common knowledge of names in English-language news. Left out on purpose:
names as often a place, a month, a brand, a company or a title ("Charlotte", "June",
"Mercedes", "Morgan", "Wayne", "Earl", "Orlando"), which would make "Charlotte police" or
"Morgan Stanley" a person.
"""

from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    """The names of a block written a line of words at a time (hundreds stay readable)."""
    return frozenset(block.split())


# First names whose bearer's gender a pronoun must agree with. A short list is enough: it only
# has to tell apart people an article names side by side; unknown names agree with both.
MALE_FIRST_NAMES = _names(
    """
    alexander andrew anthony arnold ben benjamin bernie bill bob boris brian carl carlos
    charles chris christopher dan daniel dave david dennis devin diego dmitry donald doug
    douglas edward emmanuel eric fernando frank fred gary george greg harold hassan henry
    ivan jack jacques james jason jeb jeff jerry jim jimmy joe john jorge jose joseph juan
    justin keir keith kevin kyle larry lauri luis manuel marco mark martin matthew michael
    miguel mike mitch mitt mohammed muhammad neil nicholas omar patrick paul pedro peter
    phil pierre rafael raj recep ricardo richard rob robert roger ron ronald rudy ryan sam
    samuel scott sean sergei stephen steve ted thomas tim tom trey vladimir volodymyr walter
    william
    """
)
FEMALE_FIRST_NAMES = _names(
    """
    aisha alice amanda amy ana andrea angela ann anna anne ashley barbara betsy brenda carly
    carmen carol carrie catherine chelsea cheryl christine claire deanna deborah denise
    diane donna elizabeth ellen emily emma erin eva fatima gloria hannah heather helen
    hillary irina isabel jane janet janice jennifer jessica jill joan joyce judy julia julie
    kamala karen kate katherine kelly kimberly laura lauren linda lisa lois margaret maria
    marie martha mary megan melania melissa michelle monica nancy natalia nicola nicole
    nikki nora olena olga patricia paula peggy rachel rebecca rosa ruth samantha sandra
    sarah sharon shelley sofia sophie stacey stephanie susan tatiana teresa theresa tina
    tracy ursula valerie victoria wendy
    """
)
# More first names, of men, women or either, that only mark a run of capitalised words as a
# person's name. Their genders are left out of pronoun agreement: given to it, they moved 27
# speakers of the 250 Multi-News validation events, about half for the worse ("Lindsey Graham"
# a woman, a wife's first name known and her husband's not, so "he" went past both).
OTHER_FIRST_NAMES = _names(
    """
    aaron abby abdul abdullah abigail abraham ada adam adele adrian adriana agnes ahmad
    ahmed aidan aileen aimee alan alana albert alberto alec alejandro alex alexandra alexis
    alfred alfredo ali alicia alina alison allen allison alvin alyssa amelia amir anastasia
    anders andre andreas andrei andres andy angelica angelina angelo angus anita annabel
    annette annie anton antonia antonio archie ariana arianna arjun armando arthur arturo
    asher ashton audrey avery barack barbra barry bart beatrice becky belinda bella benedict
    benny bernadette bernard bert beth bethany betty bianca billy blake bobby bonnie boyd
    brad bradley brandon brandy brendan brent brett brianna bridget brigitte britney
    brittany bruce bruno bryan bryce byron caleb calvin cameron camila camille candace cara
    carla carlo carole caroline carolyn carson casey cassandra cathy cecil cecilia cedric
    celeste celine cesar chad charlene charlie christina chuck cindy clara clarence claude
    claudia clay clayton clifford clint cody colin colleen connie connor conor constance
    cora corey cory courtney craig cristina curtis cynthia cyril daisy dale damian damon
    dana danielle danny daphne darius darlene darnell darrell darren darryl debbie debra
    declan delia derek derrick desmond dexter diana dick dimitri dmitri dolores dominic
    dominique don donnie doris dorothy drew duane duncan dustin dwayne dwight ed eddie edgar
    edith edmund eduardo edwin eileen elaine eleanor elena eli elias elijah eliza ella ellie
    elliot elliott eloise elon elsa elvis emil emilia emilio enrique erica erik erika ernest
    ernesto estelle esther ethan ethel eugenia eunice evan evelyn fabio farid felipe felix
    ferdinand fidel finn fiona floyd frances francesca francesco francis francisco franco
    frankie franklin freddie frederick gabriel gabriela gabrielle gail gareth garrett gavin
    gene geoff geoffrey gerald gerard gerhard gilbert gina giovanni giselle giuseppe gladys
    glenn gordon graham grant gregory guillermo gustavo gwen gwendolyn hamid hank hans
    harriet harry harvey hayley hector heidi herbert herman hideo hilda hiroshi holly howard
    hugh hugo humberto hussein ian ibrahim ida igor ilana ilse imogen ines ingrid irene
    isaac isabella ismail jackie jacob jacqueline jaime jake jamal jamie jana janine jared
    jasmine javier jay jean jeanette jeanne jeffrey jenna jenny jeremiah jeremy jerome jesse
    jessie jesus jo joanna joanne jocelyn jody joel johan johanna johannes johnny jon jonah
    jonathan josephine josh joshua judith julian julianne juliet julio julius kai kara karin
    karl katarina kathleen kathryn kathy katie katrina kay kayla ken kendra kendrick kenneth
    kenny kerry khalid kim kimberley kirk kirsten klaus krista kristen kristin kurt kylie
    lana lance latoya lawrence leah leila lena leo leon leonard leonardo leroy leslie lewis
    liam lila lillian lindsay lionel liz liza lloyd lorenzo lori lorraine louis louise lucas
    lucia lucy luigi luisa luke luther lydia lynn mabel madeleine madonna maggie malala
    malcolm mandy marc marcel marcia marcos marcus margot mariah marian marianne mario
    marion marisa marjorie marlene marvin mathew matt matteo maureen maurice max maxim
    maximilian maxine meghan melanie melinda melvin meredith mia micah michaela mikhail
    mildred milton mina miranda miriam mitchell mohamed mohammad molly moses murray myra
    nadia nadine naomi nasser natalie natasha nathalie nathan nathaniel ned nell nelson nick
    nicolas nigel nina noah noel noor norma norman oleg oliver olivia olivier oscar otto
    owen pablo pamela pascal pat pauline penelope penny pete philip phillip phoebe phyllis
    priscilla quentin quinn rachael rahul ralph ramon ramona randall randy raul ray raymond
    reggie reginald rene renee reza rhonda rick ricky riley rita roberta roberto robin robyn
    rochelle rod rodney rodrigo roland rolf roman romeo rosalind rosemary rosie ross roxanne
    roy ruben rudolf rupert russell sabrina sally salvador sami sammy sara sasha saul
    sebastian selena serena sergey sergio seth shane shannon shauna shawn sheila shirley
    sidney sienna simon simone sonia sonya stanley stefan stella steven stuart suzanne sven
    sylvia tamara tammy tanya tara taylor terrence terry tess tessa thelma theodore tiffany
    tobias todd tommy toni tony tracey trevor trisha tyrone umar valentina vanessa vera
    vernon veronica vicente vicki vickie victor viktor vincent vinny vivian wade wallace
    walt wanda warren wes whitney wilbur wilfred willie wolfgang xavier yasmin yevgeny
    yolanda yosef youssef yuri yusuf yvette yvonne zach zachary zoe
    """
)
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# Every first name the module knows: a run of capitalised words opening on one is a person's.
PERSON_FIRST_NAMES = FIRST_NAMES | OTHER_FIRST_NAMES

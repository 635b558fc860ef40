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


# First names whose bearer's gender a pronoun must agree with: only names borne overwhelmingly
# by one sex in English-language news, as a wrong gender bars the right antecedent while an
# unknown one agrees with both.
MALE_FIRST_NAMES = _names(
    """
    aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto alec
    alejandro alexander alfred alfredo allen alvin amir anders andre andreas andrei andres
    andrew andy angelo angus anthony anton antonio archie arjun arkady armando arnold arthur arturo
    asher ashton barack barry bart ben benedict benjamin benny bernard bernie bert bill billy
    bob bobby boris boyd brad bradley brandon brendan brent brett brian bruce bruno bryan bryce
    byron caleb calvin carl carlo carlos carson cecil cedric cesar chad charles chris
    christopher chuck clarence claude clay clayton clifford clint cody colin connor conor corey
    cory craig curtis cyril damian damon dan daniel danny darius darnell darrell darren darryl
    dave david declan dennis derek derrick desmond devin dexter dick diego dimitri dmitri dmitry
    dominic don donald donnie doug douglas duane duncan dustin dwayne dwight ed eddie edgar
    edmund eduardo edward edwin eli elias elijah elliot elliott elon elvis emil emilio emmanuel
    enrique eric erik ernest ernesto ethan evan fabio farid felipe felix ferdinand fernando
    fidel finn floyd francesco francis francisco franco frank franklin fred freddie frederick
    gabriel gareth garrett gary gavin gene geoff geoffrey george gerald gerard gerhard gilbert
    giovanni giuseppe gordon graham grant greg gregory guillermo gustavo hamid hank hans harold
    harry harvey hassan hector henry herbert herman hideo hiroshi howard hugh hugo humberto
    hussein ian ibrahim igor isaac ismail ivan jack jacob jacques jake jamal james jared jason
    javier jay jeb jeff jeffrey jeremiah jeremy jerome jerry jesse jesus jim jimmy joe joel
    johan johannes john johnny jon jonah jonathan jorge jose joseph josh joshua juan julian
    julio julius justin karl keir keith ken kendrick kenneth kenny kevin khalid kirk klaus kurt
    kyle lance larry lauri lawrence leo leon leonard leonardo leroy lewis liam lionel lloyd
    lorenzo louis lucas luigi luis luke luther malcolm manuel marc marcel marco marcos marcus
    mario mark martin marvin mathew matt matteo matthew maurice max maxim maximilian melvin
    micah michael miguel mike mikhail milton mitch mitchell mitt mohamed mohammad mohammed moses
    muhammad murray nasser nate nathan nathaniel ned neil nelson nicholas nick nicolas nigel noah
    noel norman oleg oliver olivier omar oscar otto owen pablo pascal patrick paul pedro pete
    peter phil philip phillip pierre quentin rafael rahul raj ralph ramon randall randy raul ray
    raymond recep reggie reginald reza ricardo richard rick ricky rob robert roberto rod rodney
    rodrigo roger roland rolf roman romeo ron ronald ross roy ruben rudolf rudy rupert russell
    ryan salvador sam sammy samuel saul scott sean sebastian sergei sergey sergio seth shane
    shawn simon stanley stefan stephen steve steven stuart sven ted terrence theodore thomas tim
    tobias todd tom tommy tony trevor trey tyrone umar vernon vicente victor viktor vincent
    vinny vladimir volodymyr wade wallace walt walter warren wes wilbur wilfred william wolfgang
    xavier yevgeny yosef youssef yuri yusuf zach zachary
    alexei anatoly cornelius denzel esteban ferenc gennady gonzalo grigory gyorgy horace ignacio
    ilya istvan janos jermaine joaquin karim konstantin laszlo leonid lester mateo mustafa myron
    nasir nikolai octavio pavel pyotr roscoe rufus stanislav tariq tibor vadim vasily vyacheslav
    zoltan
    """
)
FEMALE_FIRST_NAMES = _names(
    """
    abby abigail ada adele adriana agnes aileen aimee aisha alana alexandra alice alicia alina
    alison allison alyssa amanda amelia amy ana anastasia andrea angela angelica angelina anita
    ann anna annabel anne annette annie antonia ariana arianna ashley audrey barbara barbra
    beatrice becky belinda bella bernadette beth bethany betsy betty bianca bonnie brandy brenda
    brianna bridget brigitte britney brittany camila camille candace cara carla carly carmen
    carol carole caroline carolyn carrie cassandra cate catherine cathy cecilia celeste celine
    charlene chelsea cheryl christina christine cindy claire clara claudia colleen connie
    constance cora cristina cynthia daisy danielle daphne darlene deanna debbie deborah debra
    delia denise diana diane dolores donna doris dorothy edith eileen elaine eleanor elena eliza
    elizabeth ella ellen ellie eloise elsa emilia emily emma erica erika erin estelle esther
    ethel eugenia eunice eva evelyn fatima fiona frances francesca gabriela gabrielle gail geraldine gina
    giselle gladys gloria gwen gwendolyn hannah harriet hayley heather heidi helen hilda hillary
    holly ida ilana ilse imogen ines ingrid irene irina isabel isabella jacqueline jana jane
    janet janice janine jasmine jeanette jeanne jenna jennifer jenny jessica jill joan joanna
    joanne jocelyn johanna josephine joyce judith judy julia julianne julie juliet kamala kara
    karen karin katarina kate katherine kathleen kathryn kathy katie katrina kayla kendra
    kimberley kimberly kirsten krista kristen kristin kylie lana latoya laura lauren leah leila
    lena lila lillian linda lisa liz liza lois lori lorraine louise lucia lucy luisa lydia mabel
    madeleine madonna maggie malala mandy marcia margaret margot maria mariah marianne marie
    marisa marjorie marlene martha mary maureen maxine megan meghan melania melanie melinda
    melissa meredith mia michaela michelle mildred miranda miriam molly monica myra nadia nadine
    nancy naomi natalia natalie natasha nathalie nell nicola nicole nikki nina nora norma olena
    olga olivia pamela patricia paula pauline peggy penelope penny phoebe phyllis priscilla
    rachael rachel ramona rebecca renee rhonda rita roberta robyn rochelle rosa rosalind
    rosemary rosie roxanne ruth sabrina sally samantha sandra sara sarah selena serena sharon
    shauna sheila shelley shirley sienna sofia sonia sonya sophie stacey stella stephanie susan
    suzanne sylvia tamara tammy tanya tara tatiana teresa tess tessa thelma theresa tiffany tina
    tracey tracy trisha ursula valentina valerie vanessa vera veronica vicki vickie victoria
    vivian wanda wendy whitney yasmin yolanda yvette yvonne zoe
    amina beatriz consuelo ekaterina galina hailee kaylee layla lyudmila makayla marisol
    nadezhda oksana samira svetlana ximena yelena yulia zainab
    """
)
# First names borne by men and women alike ("Lindsey Graham", "Kelly Ayotte" and "Kelly
# Slater", "Jean"), or as often a Korean surname ("Kim Jong Un"): they mark a run of
# capitalised words as a person's name and say nothing of the person's gender.
UNISEX_FIRST_NAMES = _names(
    """
    alex alexis ali avery blake cameron casey charlie courtney dale dana dominique drew frankie
    glenn jackie jaime jamie jean jessie jo jody kai kay kelly kerry kim leslie lindsay lynn
    marian marion mina noor pat quinn rene riley robin sami sasha shannon sidney simone taylor
    terry toni willie
    """
)
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# Every first name the module knows: a run of capitalised words opening on one is a person's.
PERSON_FIRST_NAMES = FIRST_NAMES | UNISEX_FIRST_NAMES

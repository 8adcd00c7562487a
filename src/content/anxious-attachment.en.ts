import type {ContentPack} from './types.js';

/**
 * Topic `anxious-attachment`, locale `en`. Written for Attune from the facts of the source
 * article; the wording is ours. It describes patterns and never labels the reader.
 */
export const anxiousAttachmentEn: ContentPack = {
  topic: 'anxious-attachment',
  locale: 'en',
  title: 'Anxious attachment',
  sections: {
    'what-is': {
      heading: 'What is anxious attachment?',
      intro: [
        'Anxious attachment is a long-standing pattern in how a person bonds with the people closest to them. It usually forms in early childhood, when the adults caring for a child meet their feelings only some of the time, or are often out of reach.',
        'In adult relationships it can show up as a steady worry about being left or pushed away. Small signs of distance feel like danger, so a person looks for comfort, feels upset when the worry stays, and reaches out again. Over time that loop can strain a relationship.',
      ],
    },
    signs: {
      heading: 'Signs people often notice',
      intro: [
        'The pattern shows in both thoughts and actions within close relationships. Common signs include:',
      ],
      items: [
        {
          id: 'reassurance',
          title: 'Needing reassurance often',
          text: 'Asking a partner again and again whether things are okay, to quiet a fear of being rejected or left.',
        },
        {
          id: 'abandonment',
          title: 'Fearing being left',
          text: 'Worrying about a partner’s commitment and expecting to be left alone, even when nothing points that way.',
        },
        {
          id: 'overthinking',
          title: 'Overthinking every exchange',
          text: 'Going over messages and moments in detail, looking for hints of trouble, which keeps anxiety high.',
        },
        {
          id: 'closeness',
          title: 'Holding on tightly',
          text: 'Wanting to be near a partner and their attention most of the time, and finding it hard to feel steady alone.',
        },
        {
          id: 'highs-lows',
          title: 'Strong ups and downs',
          text: 'Moving quickly between intense closeness and waves of worry, insecurity or distress.',
        },
      ],
      outro: [
        'These signs describe a pattern, not a person, and everyone’s experience differs. With self-understanding, growth and often therapy, a more secure way of relating is possible.',
      ],
    },
    origins: {
      heading: 'Where anxious attachment comes from',
      intro: [
        'The pattern usually goes back to early childhood and to how a child and their main caregivers related. Several things can contribute:',
      ],
      items: [
        {
          id: 'inconsistent-care',
          title: 'Care that came and went',
          text: 'When comfort is sometimes there and sometimes not, a child learns that support cannot be counted on, and feels unsure.',
        },
        {
          id: 'unavailable-care',
          title: 'Neglect or emotional distance',
          text: 'When caregivers rarely respond to a child’s feelings, or are absorbed in their own needs, a child may come to believe their needs do not matter.',
        },
        {
          id: 'early-trauma',
          title: 'Painful early events',
          text: 'Loss, separation or major upheaval early in life can deepen a fear of being left and a need for safety in relationships.',
        },
        {
          id: 'modelled-anxiety',
          title: 'Anxiety seen in caregivers',
          text: 'Children copy what they see: a caregiver who often seeks reassurance or shows much worry can pass that way of relating on.',
        },
      ],
      outro: [
        'Early experience matters a great deal, but temperament and genetics can play a part too.',
      ],
    },
    therapies: {
      heading: 'Therapies that can help',
      intro: [
        'Several approaches can ease anxious attachment and support healthier ways of relating. Among the most used:',
      ],
      items: [
        {
          id: 'attachment-based',
          title: 'Attachment-based therapy',
          text: 'Looks at where the pattern began and works toward a more secure way of bonding.',
          session: 'You and your therapist look at early attachment experiences together, make room for feelings that were never resolved, and build ways to feel safer and more trusting.',
          helps: 'Understanding where the pattern comes from builds self-awareness and is a first step toward a more secure attachment style.',
        },
        {
          id: 'cbt',
          title: 'Cognitive behavioural therapy (CBT)',
          text: 'Spots the anxious thoughts and beliefs that feed insecurity and tests them against reality.',
          session: 'Sessions are practical: you notice anxious thoughts, question them, try more balanced ways of seeing things, and practise coping skills between sessions.',
          helps: 'It can lower the urge to seek reassurance and help you manage anxiety, which supports steadier emotions and self-esteem.',
        },
        {
          id: 'eft',
          title: 'Emotion-focused therapy (EFT)',
          text: 'Helps you understand, express and steady your emotions within your relationships.',
          session: 'You explore and put words to what you feel, often the needs and fears underneath a conflict, and practise sharing them openly.',
          helps: 'It strengthens emotional regulation and communication, so needs can be expressed without fear driving the conversation.',
        },
        {
          id: 'mindfulness',
          title: 'Mindfulness-based therapies',
          text: 'Uses meditation and present-moment awareness to meet thoughts and feelings without judgement.',
          session: 'You learn and practise short exercises for noticing what is happening inside you, in the session and in daily life.',
          helps: 'They can reduce stress, sharpen focus and make emotions easier to regulate, which supports overall wellbeing.',
        },
        {
          id: 'trauma-inner-child',
          title: 'Healing trauma and inner-child work',
          text: 'Works through painful past experiences and the hurt they left behind.',
          session: 'At a pace that feels safe, you process difficult memories, meet old hurts with self-compassion, and let unresolved feelings settle.',
          helps: 'Healing past wounds lessens their pull on present relationships and opens room for personal growth.',
        },
        {
          id: 'psychoeducation',
          title: 'Psychoeducation and awareness',
          text: 'Explains how attachment and anxiety work, so you can recognise patterns and respond differently.',
          session: 'You learn how attachment styles form and play out, and which coping strategies can help, often alongside another approach.',
          helps: 'Knowledge builds insight and self-awareness, which makes the other changes easier to start and to keep.',
        },
      ],
    },
    benefits: {
      heading: 'How therapy can help',
      intro: ['Working on anxious attachment in therapy can help in several ways:'],
      items: [
        {
          id: 'self-awareness',
          title: 'Knowing yourself better',
          text: 'You learn how your attachment style formed and how it plays out, which makes unhelpful patterns easier to notice and change.',
        },
        {
          id: 'regulation',
          title: 'Steadier emotions',
          text: 'You gain tools to manage anxiety, react less sharply and recover more quickly, so your responses in relationships feel calmer.',
        },
        {
          id: 'communication',
          title: 'Clearer communication',
          text: 'You practise saying what you need, fear and will not accept, clearly and kindly, which helps partners understand you.',
        },
        {
          id: 'past-wounds',
          title: 'Healing old hurts',
          text: 'In a supportive setting you can work through pain from childhood or past relationships, so it weighs less on the present.',
        },
        {
          id: 'secure-attachment',
          title: 'Growing more secure',
          text: 'As self-worth and trust grow, relationships can rest more on mutual support, healthy interdependence and closeness.',
        },
        {
          id: 'self-esteem',
          title: 'Kinder self-belief',
          text: 'Challenging harsh beliefs about yourself builds self-esteem, confidence and a sense that you have a say in your relationships.',
        },
      ],
      outro: [
        'Together, these give people tools, insight and support for relationships that feel safer and more fulfilling.',
      ],
    },
    closing: {
      heading: 'Taking the next step',
      intro: [
        'Anxious attachment can change. Through self-awareness, steadier emotions, clearer communication and healing old hurts, many people come to feel more secure, trust more easily and enjoy closer relationships.',
        'Relationships are complicated, and difficulties along the way are natural. If you would like to talk it through, an experienced therapist can help.',
      ],
    },
  },
  booking: {
    heading: 'Talk it through with a therapist',
    text: 'If anything here feels familiar, a first session is a calm place to start. There is no need to have it all worked out.',
    label: 'Book a trial session',
    dialogTitle: 'Book a session with {practice}',
    newTab: 'Open the booking page in a new tab',
    close: 'Close',
  },
  checklist: {
    heading: 'A private reflection',
    intro: 'Notice how much each statement fits your close relationships. Your answers stay on this device and are not sent anywhere.',
    introForm: 'Notice how much each statement fits your close relationships. Nothing is stored; your answers are sent only if you submit this form.',
    legend: 'Select each statement that feels familiar',
    rateLegend: 'How often does each of these happen in your close relationships?',
    scale: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
    progress: '{answered} of {total} answered',
    checkProgress: '{answered} of {total} selected',
    show: 'Show my reflection',
    clear: 'Clear my answers',
    copy: 'Copy summary',
    copied: 'Summary copied',
    resultHeading: 'Your reflection',
    countLine: 'You recognised {count} of {total} patterns.',
    rateCountLine: 'You noticed {count} of {total} patterns often or always.',
    bands: {
      few: 'Few of these patterns seem to show up for you right now. If relationships still feel hard, talking it over can help all the same.',
      some: 'Some of these patterns feel familiar. That is common, and understanding where they come from is a good first step.',
      many: 'Many of these patterns feel familiar. That can be a lot to carry, and you do not have to work through it alone.',
    },
    disclaimer: 'This reflection is not a diagnosis and not a validated measure. Only a qualified professional can assess what you are going through.',
    required: 'Please answer every statement.',
    needsScript: "Your reflection appears here once the page's script has loaded: it needs JavaScript.",
  },
  cards: {
    more: 'What to expect',
    session: 'In a session',
    helps: 'How it can help',
    ask: 'Ask about {therapy}',
  },
  crisis: {
    heading: 'If you need help now',
    regions: {
      US: {where: 'In the US', text: 'call or text 988 (Suicide & Crisis Lifeline)', tel: '988', note: '; in an emergency, call 911'},
      CA: {where: 'In Canada', text: 'call or text 988 (Suicide Crisis Helpline)', tel: '988', note: '; in an emergency, call 911'},
      GB: {where: 'In the UK', text: 'call Samaritans free on 116 123', tel: '116123', note: '; in an emergency, call 999'},
      IE: {where: 'In Ireland', text: 'call Samaritans free on 116 123', tel: '116123', note: '; in an emergency, call 112 or 999'},
      AU: {where: 'In Australia', text: 'call Lifeline on 13 11 14', tel: '131114', note: '; in an emergency, call 000'},
    },
    default: {where: 'Wherever you are', text: 'call your local emergency number'},
  },
  ui: {
    newTabHint: '(opens in a new tab)',
    loading: 'Loading the booking page…',
  },
};

import type {ContentPack} from './types.js';

/**
 * Topic `anxious-attachment`, locale `es`. Written for Spanish-speaking visitors (neutral Spanish,
 * addressed as «tú»), from the same facts as the English pack; not a word-for-word translation.
 *
 * Crisis lines, checked in public sources:
 * - US: 988 Suicide & Crisis Lifeline, Spanish option ("press 2"): 988lifeline.org (En español).
 * - Spain: 024, the Ministerio de Sanidad's free 24-hour line for suicidal behaviour, in service
 *   since 10 May 2022 (BOE of 20 Dec 2021; reported by RTVE, El País); emergencies 112.
 * - Mexico: Línea de la Vida 800 911 2000, free, 24 hours, run by CONASAMA (Secretaría de Salud;
 *   reported by El Universal, Proceso); emergencies 911.
 */
export const anxiousAttachmentEs: ContentPack = {
  topic: 'anxious-attachment',
  locale: 'es',
  title: 'Apego ansioso',
  sections: {
    'what-is': {
      heading: '¿Qué es el apego ansioso?',
      intro: [
        'El apego ansioso es una forma arraigada de vincularse con las personas más cercanas. Suele formarse en la primera infancia, cuando quienes cuidan al niño o a la niña atienden sus emociones solo a veces, o no están disponibles con frecuencia.',
        'En la pareja puede aparecer como un temor constante a ser dejado o rechazado. Cualquier señal de distancia se vive como una amenaza: la persona busca consuelo, se inquieta si la preocupación no se calma y vuelve a buscarlo. Con el tiempo, ese círculo puede desgastar la relación.',
      ],
    },
    signs: {
      heading: 'Señales frecuentes',
      intro: ['Este patrón se nota tanto en lo que se piensa como en lo que se hace dentro de las relaciones cercanas. Algunas señales comunes:'],
      items: [
        {id: 'reassurance', title: 'Necesitar confirmación a menudo', text: 'Preguntar una y otra vez a la pareja si todo está bien, para calmar el miedo a ser rechazado o abandonado.'},
        {id: 'abandonment', title: 'Miedo a que te dejen', text: 'Dudar del compromiso de la pareja y temer quedarse solo, aunque nada apunte en esa dirección.'},
        {id: 'overthinking', title: 'Darle vueltas a todo', text: 'Repasar mensajes y momentos al detalle, buscando indicios de problemas, lo que mantiene la ansiedad alta.'},
        {id: 'closeness', title: 'Aferrarse a la pareja', text: 'Querer estar cerca de la pareja y de su atención casi todo el tiempo, y sentirse inestable a solas.'},
        {id: 'highs-lows', title: 'Altibajos intensos', text: 'Pasar con rapidez de una cercanía muy intensa a oleadas de preocupación, inseguridad o malestar.'},
      ],
      outro: [
        'Estas señales describen un patrón, no a una persona, y cada experiencia es distinta. Con autoconocimiento, crecimiento personal y, muchas veces, terapia, es posible relacionarse de una forma más segura.',
      ],
    },
    origins: {
      heading: 'De dónde viene el apego ansioso',
      intro: ['Este patrón suele tener su origen en la primera infancia y en la relación con las personas que nos cuidaron. Pueden influir varios factores:'],
      items: [
        {id: 'inconsistent-care', title: 'Cuidados intermitentes', text: 'Cuando el consuelo a veces llega y a veces no, el niño aprende que no puede contar con ese apoyo y crece con inseguridad.'},
        {id: 'unavailable-care', title: 'Descuido o distancia emocional', text: 'Cuando quienes cuidan rara vez responden a sus emociones, o están absortos en sus propias necesidades, el niño puede llegar a creer que lo que siente no importa.'},
        {id: 'early-trauma', title: 'Experiencias dolorosas tempranas', text: 'Una pérdida, una separación o un gran cambio en los primeros años pueden aumentar el miedo al abandono y la necesidad de seguridad.'},
        {id: 'modelled-anxiety', title: 'Ansiedad aprendida en casa', text: 'Los niños imitan lo que ven: un cuidador que busca confirmación a menudo o vive con mucha preocupación puede transmitir esa manera de relacionarse.'},
      ],
      outro: ['Las vivencias tempranas pesan mucho, pero el temperamento y la genética también influyen.'],
    },
    therapies: {
      heading: 'Terapias que pueden ayudar',
      intro: ['Varios enfoques ayudan a aliviar el apego ansioso y a construir relaciones más sanas. Entre los más usados:'],
      items: [
        {
          id: 'attachment-based',
          title: 'Terapia basada en el apego',
          text: 'Explora dónde comenzó el patrón y acompaña hacia una forma de vincularse más segura.',
          session: 'Con tu terapeuta revisas tus primeras experiencias de apego, das espacio a emociones que quedaron pendientes y practicas formas de sentir más seguridad y confianza.',
          helps: 'Comprender de dónde viene el patrón aumenta el autoconocimiento y es el primer paso hacia un apego más seguro.',
        },
        {
          id: 'cbt',
          title: 'Terapia cognitivo-conductual (TCC)',
          text: 'Identifica los pensamientos y creencias ansiosos que alimentan la inseguridad y los contrasta con la realidad.',
          session: 'Las sesiones son prácticas: notas los pensamientos ansiosos, los cuestionas, ensayas miradas más equilibradas y practicas estrategias entre sesión y sesión.',
          helps: 'Puede reducir la necesidad de pedir confirmación y ayudarte a manejar la ansiedad, lo que favorece la estabilidad emocional y la autoestima.',
        },
        {
          id: 'eft',
          title: 'Terapia focalizada en las emociones (TFE)',
          text: 'Te ayuda a comprender, expresar y regular tus emociones dentro de tus relaciones.',
          session: 'Exploras y pones en palabras lo que sientes, a menudo las necesidades y miedos que hay detrás de un conflicto, y practicas compartirlos con apertura.',
          helps: 'Fortalece la regulación emocional y la comunicación, para expresar lo que necesitas sin que el miedo dirija la conversación.',
        },
        {
          id: 'mindfulness',
          title: 'Terapias basadas en mindfulness',
          text: 'Usan la meditación y la atención al momento presente para observar pensamientos y emociones sin juzgarlos.',
          session: 'Aprendes y practicas ejercicios breves para notar lo que ocurre dentro de ti, en la sesión y en tu día a día.',
          helps: 'Pueden reducir el estrés, mejorar la concentración y facilitar la regulación de las emociones, en favor del bienestar general.',
        },
        {
          id: 'trauma-inner-child',
          title: 'Sanar el trauma y trabajo con el niño interior',
          text: 'Trabaja con experiencias dolorosas del pasado y las heridas que dejaron.',
          session: 'A un ritmo que se sienta seguro, procesas recuerdos difíciles, miras las viejas heridas con autocompasión y dejas que las emociones pendientes se asienten.',
          helps: 'Sanar heridas del pasado reduce su peso en las relaciones de hoy y abre espacio al crecimiento personal.',
        },
        {
          id: 'psychoeducation',
          title: 'Psicoeducación y toma de conciencia',
          text: 'Explica cómo funcionan el apego y la ansiedad, para reconocer los patrones y responder de otra manera.',
          session: 'Aprendes cómo se forman los estilos de apego, cómo se manifiestan y qué estrategias ayudan, a menudo junto con otro enfoque.',
          helps: 'El conocimiento da perspectiva y autoconocimiento, y hace más fácil empezar y sostener los demás cambios.',
        },
      ],
    },
    benefits: {
      heading: 'Cómo puede ayudar la terapia',
      intro: ['Trabajar el apego ansioso en terapia puede ayudar de varias maneras:'],
      items: [
        {id: 'self-awareness', title: 'Conocerte mejor', text: 'Entiendes cómo se formó tu estilo de apego y cómo se manifiesta, y así es más fácil notar y cambiar los patrones que no ayudan.'},
        {id: 'regulation', title: 'Emociones más estables', text: 'Adquieres herramientas para manejar la ansiedad, reaccionar con menos intensidad y recuperarte antes.'},
        {id: 'communication', title: 'Comunicación más clara', text: 'Practicas expresar lo que necesitas, lo que temes y tus límites, con claridad y respeto, para que tu pareja te entienda mejor.'},
        {id: 'past-wounds', title: 'Sanar heridas antiguas', text: 'En un espacio de apoyo puedes elaborar el dolor de la infancia o de relaciones pasadas, para que pese menos en el presente.'},
        {id: 'secure-attachment', title: 'Ganar seguridad', text: 'A medida que crecen la autoestima y la confianza, las relaciones pueden apoyarse más en el apoyo mutuo, la interdependencia sana y la intimidad.'},
        {id: 'self-esteem', title: 'Una mirada más amable hacia ti', text: 'Cuestionar las creencias duras sobre ti fortalece la autoestima, la confianza y la sensación de tener voz en tus relaciones.'},
      ],
      outro: ['En conjunto, la terapia ofrece herramientas, comprensión y acompañamiento para construir relaciones más seguras y plenas.'],
    },
    closing: {
      heading: 'Dar el siguiente paso',
      intro: [
        'El apego ansioso puede cambiar. Con más autoconocimiento, emociones más estables, una comunicación más clara y heridas que sanan, muchas personas llegan a sentirse más seguras, a confiar con más facilidad y a disfrutar de relaciones más cercanas.',
        'Las relaciones son complejas y es natural encontrar dificultades en el camino. Si quieres hablarlo, una terapeuta o un terapeuta con experiencia puede acompañarte.',
      ],
    },
  },
  booking: {
    heading: 'Habla con una persona terapeuta',
    text: 'Si algo de esto te resulta familiar, una primera sesión es un lugar tranquilo para empezar. No hace falta tenerlo todo claro.',
    label: 'Reservar una sesión de prueba',
    dialogTitle: 'Reservar una sesión con {practice}',
    newTab: 'Abrir la página de reservas en una pestaña nueva',
    close: 'Cerrar',
  },
  checklist: {
    heading: 'Una reflexión privada',
    intro: 'Observa cuánto encaja cada frase con tus relaciones cercanas. Tus respuestas se quedan en este dispositivo y no se envían a ningún sitio.',
    introForm: 'Observa cuánto encaja cada frase con tus relaciones cercanas. No se guarda nada; tus respuestas solo se envían si mandas este formulario.',
    legend: 'Marca cada frase que te resulte familiar',
    rateLegend: '¿Con qué frecuencia te pasa cada una de estas cosas en tus relaciones cercanas?',
    scale: ['Nunca', 'Rara vez', 'A veces', 'A menudo', 'Siempre'],
    progress: '{answered} de {total} respondidas',
    checkProgress: '{answered} de {total} marcadas',
    show: 'Ver mi reflexión',
    clear: 'Borrar mis respuestas',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado',
    resultHeading: 'Tu reflexión',
    countLine: 'Reconociste {count} de {total} patrones.',
    rateCountLine: 'Notas {count} de {total} patrones a menudo o siempre.',
    bands: {
      few: 'Ahora mismo pocos de estos patrones parecen aparecer en tu vida. Si aun así las relaciones te resultan difíciles, hablarlo puede ayudar.',
      some: 'Algunos de estos patrones te resultan familiares. Es algo común, y entender de dónde vienen es un buen primer paso.',
      many: 'Muchos de estos patrones te resultan familiares. Puede ser mucho para llevarlo a solas, y no tienes por qué hacerlo.',
    },
    disclaimer: 'Esta reflexión no es un diagnóstico ni una prueba validada. Solo una persona profesional cualificada puede valorar lo que estás viviendo.',
    required: 'Responde a todas las frases, por favor.',
    needsScript: "Tu reflexión aparece aquí cuando termina de cargarse el script de la página: necesita JavaScript.",
  },
  cards: {
    more: 'Qué esperar',
    session: 'En una sesión',
    helps: 'Cómo puede ayudar',
    ask: 'Preguntar por {therapy}',
  },
  crisis: {
    heading: 'Si necesitas ayuda ahora',
    regions: {
      US: {where: 'En Estados Unidos', text: 'llama al 988 y marca 2 para español', tel: '988', note: '; en una emergencia, llama al 911'},
      ES: {where: 'En España', text: 'llama gratis al 024, las 24 horas', tel: '024', note: '; en una emergencia, llama al 112'},
      MX: {where: 'En México', text: 'llama gratis a la Línea de la Vida, 800 911 2000', tel: '8009112000', note: '; en una emergencia, llama al 911'},
    },
    default: {where: 'Estés donde estés', text: 'llama al número de emergencias local'},
  },
  ui: {
    newTabHint: '(se abre en una pestaña nueva)',
    loading: 'Cargando la página de reservas…',
  },
};

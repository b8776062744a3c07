import type { Subject } from '../kit/platform/vocabulary.js';
import type { Bilingual } from './names.js';

/** What programmes and talks in each subject are about. */
export const topics: Record<Subject, readonly Bilingual[]> = {
  PHYSICS: [
    { zh: '力与运动', en: 'Force and Motion' }, { zh: '光的奥秘', en: 'Secrets of Light' },
    { zh: '电与磁', en: 'Electricity and Magnetism' }, { zh: '声音的科学', en: 'The Science of Sound' },
    { zh: '超导与低温世界', en: 'Superconductivity and the World of the Cold' },
  ],
  CHEMISTRY: [
    { zh: '生活中的化学', en: 'Chemistry in Everyday Life' }, { zh: '神奇的晶体', en: 'Amazing Crystals' },
    { zh: '酸碱大侦探', en: 'Acid and Base Detectives' }, { zh: '金属的秘密', en: 'Secrets of Metals' },
    { zh: '色彩中的化学', en: 'The Chemistry of Colour' },
  ],
  BIOLOGY: [
    { zh: '微生物的世界', en: 'The World of Microbes' }, { zh: '昆虫观察', en: 'Watching Insects' },
    { zh: '细胞探秘', en: 'Inside the Cell' }, { zh: '恐龙与古生物', en: 'Dinosaurs and Ancient Life' },
    { zh: '动物的行为', en: 'How Animals Behave' },
  ],
  EARTH_SCIENCE: [
    { zh: '岩石与矿物', en: 'Rocks and Minerals' }, { zh: '地震与防灾', en: 'Earthquakes and Staying Safe' },
    { zh: '天气与气候', en: 'Weather and Climate' }, { zh: '喀斯特地貌', en: 'Karst Landscapes' },
    { zh: '地球的历史', en: "The Earth's History" },
  ],
  ASTRONOMY: [
    { zh: '星空观测', en: 'Stargazing' }, { zh: '太阳系漫游', en: 'A Tour of the Solar System' },
    { zh: '黑洞与引力波', en: 'Black Holes and Gravitational Waves' }, { zh: '月相与日食', en: 'Moon Phases and Eclipses' },
    { zh: '射电天文望远镜', en: 'Radio Telescopes' },
  ],
  MATHEMATICS: [
    { zh: '数学之美', en: 'The Beauty of Mathematics' }, { zh: '密码与数论', en: 'Codes and Number Theory' },
    { zh: '几何与折纸', en: 'Geometry and Origami' }, { zh: '概率游戏', en: 'Games of Chance' },
    { zh: '数据与统计', en: 'Data and Statistics' },
  ],
  COMPUTING: [
    { zh: '编程入门', en: 'First Steps in Programming' }, { zh: '人工智能初探', en: 'Meeting Artificial Intelligence' },
    { zh: '走近超级计算机', en: 'Inside a Supercomputer' }, { zh: '机器人编程', en: 'Programming Robots' },
    { zh: '大数据与生活', en: 'Big Data in Our Lives' },
  ],
  ENGINEERING: [
    { zh: '桥梁设计', en: 'Designing Bridges' }, { zh: '机械与结构', en: 'Mechanisms and Structures' },
    { zh: '智能制造', en: 'Smart Manufacturing' }, { zh: '3D打印', en: '3D Printing' },
    { zh: '电路搭建', en: 'Building Circuits' },
  ],
  ENVIRONMENT: [
    { zh: '水资源保护', en: 'Protecting Water' }, { zh: '垃圾分类与循环', en: 'Sorting and Recycling Waste' },
    { zh: '湿地生态', en: 'Wetland Ecology' }, { zh: '碳达峰与碳中和', en: 'Towards Carbon Neutrality' },
    { zh: '生物多样性', en: 'Biodiversity' },
  ],
  AGRICULTURE: [
    { zh: '种子的旅程', en: 'The Journey of a Seed' }, { zh: '智慧农业', en: 'Smart Farming' },
    { zh: '土壤探秘', en: 'Secrets of the Soil' }, { zh: '稻作文化', en: 'Growing Rice' },
    { zh: '无土栽培', en: 'Growing Without Soil' },
  ],
  HEALTH: [
    { zh: '人体的奥秘', en: 'The Human Body' }, { zh: '营养与健康', en: 'Nutrition and Health' },
    { zh: '急救知识', en: 'First Aid' }, { zh: '中医药文化', en: 'Traditional Chinese Medicine' },
    { zh: '疫苗的故事', en: 'The Story of Vaccines' },
  ],
  AEROSPACE: [
    { zh: '火箭是怎样飞上天的', en: 'How Rockets Fly' }, { zh: '飞行的秘密', en: 'Secrets of Flight' },
    { zh: '中国空间站', en: "China's Space Station" }, { zh: '探月工程', en: 'Exploring the Moon' },
    { zh: '卫星与导航', en: 'Satellites and Navigation' },
  ],
  TRANSPORT: [
    { zh: '高铁的速度', en: 'The Speed of High-Speed Rail' }, { zh: '汽车的演变', en: 'How Cars Evolved' },
    { zh: '航海与船舶', en: 'Ships and Seafaring' }, { zh: '城市交通', en: 'Getting Around the City' },
    { zh: '新能源汽车', en: 'Electric Vehicles' },
  ],
  HISTORY_OF_SCIENCE: [
    { zh: '四大发明', en: 'The Four Great Inventions' }, { zh: '古代天文仪器', en: 'Ancient Astronomical Instruments' },
    { zh: '科学家的故事', en: 'Stories of Scientists' }, { zh: '中国古代科技', en: 'Science in Ancient China' },
    { zh: '计时的历史', en: 'A History of Timekeeping' },
  ],
};

/** Core concepts of the 2022 compulsory-education science curriculum standard, numbered as it numbers them. */
const coreConcepts: readonly string[] = [
  '物质的结构与性质', '物质的变化与化学反应', '物质的运动与相互作用', '能的转化与能量守恒',
  '生命系统的构成层次', '生物体的稳态与调节', '生物与环境的相互关系', '生命的延续与进化',
  '宇宙中的地球', '地球系统', '人类活动与环境', '技术、工程与社会', '工程设计与物化',
];

const conceptsBySubject: Record<Subject, readonly number[]> = {
  PHYSICS: [3, 4, 1], CHEMISTRY: [1, 2], BIOLOGY: [5, 6, 7, 8], EARTH_SCIENCE: [10, 9, 11],
  ASTRONOMY: [9, 3], MATHEMATICS: [12, 13], COMPUTING: [12, 13], ENGINEERING: [13, 12, 3],
  ENVIRONMENT: [11, 7, 10], AGRICULTURE: [7, 8, 11], HEALTH: [6, 5], AEROSPACE: [3, 9, 13],
  TRANSPORT: [12, 3, 4], HISTORY_OF_SCIENCE: [12],
};

export interface CurriculumPoint {
  code: string;
  descriptionZh: string;
}

/** The standard's core concepts a programme in these subjects teaches, without repeats. */
export function curriculumPoints(subjectList: readonly Subject[]): CurriculumPoint[] {
  const numbers = [...new Set(subjectList.flatMap((subject) => conceptsBySubject[subject]))];
  return numbers.map((number) => ({
    code: `KX2022-${String(number).padStart(2, '0')}`,
    descriptionZh: `义务教育科学课程标准（2022年版）核心概念${number}：${coreConcepts[number - 1]}`,
  }));
}

import Testing
@testable import DocketExtract
@testable import DocketModel

/// Extraction on small texts the project writes itself.
@Suite struct ExtractionTests {
    let extractor = Extractor()

    func extract(_ text: String, name: String = "t.txt", reference: Day? = nil) throws -> DocumentExtraction {
        extractor.extract(try Fixtures.document(text, name: name), referenceDate: reference)
    }

    @Test func inlineRequirementsUnderAWorkPeriodScope() throws {
        let x = try extract("""
        7月18日，全市水利工作会议召开。
        会议指出，上半年各项工作取得一定成绩。一是完成了防汛备汛。二是推进了项目建设。
        会议要求，全力抓好下半年工作。一要坚决守牢安全底线，持续压实防汛责任。二要加快项目前期工作，年底前完成可研报告。三要抓好水费征缴。
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks[0].text == "坚决守牢安全底线，持续压实防汛责任。")
        #expect(x.tasks.allSatisfy { $0.deadline?.date?.iso == nil || $0.deadline?.date?.year == x.document.year })
        #expect(x.document.date == nil, "no year in the text and no reference date")
        let y = try extract("7月18日，全市2025年上半年水利工作会议召开。\n会议要求，全力抓好下半年工作。一要守牢安全底线。二要加快项目前期工作，年底前完成可研报告。")
        #expect(y.document.date?.iso == "2025-07-18")
        #expect(y.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2025-12-31"])
    }

    @Test func linesLabelledWithAUnitGiveEachUnitItsDuty() throws {
        let x = try extract("""
        某县人民政府常务会议纪要
        2025年8月12日，县长主持召开县政府常务会议。现将会议议定事项纪要如下：
        一、关于城区道路维修问题
        由县住建局牵头，县财政局配合，于10月底前完成维修招标。
        二、关于项目资金拨付
        县财政局：负责统筹安排项目资金，确保8月底前拨付到位。
        县审计局：负责资金使用情况审计，年底前形成审计报告。
        三、关于防汛物资储备
        牵头单位：县应急管理局
        完成时限：9月底前
        县人民政府办公室
        2025年8月13日
        """)
        let byText = Dictionary(uniqueKeysWithValues: x.tasks.map { ($0.text, $0) })
        let finance = try #require(byText["负责统筹安排项目资金，确保8月底前拨付到位。"])
        #expect(finance.lead == ["县财政局"] && finance.deadline?.date?.iso == "2025-08-31")
        let audit = try #require(byText["负责资金使用情况审计，年底前形成审计报告。"])
        #expect(audit.lead == ["县审计局"] && audit.deadline?.date?.iso == "2025-12-31")
        #expect(!x.tasks.contains { $0.text.hasPrefix("关于项目资金拨付") }, "the title is no task of its own")
        // Field labels (牵头单位：, 完成时限：) stay fields of their item.
        let stock = try #require(x.tasks.first { $0.text.hasPrefix("关于防汛物资储备") })
        #expect(stock.lead == ["县应急管理局"] && stock.deadline?.date?.iso == "2025-09-30")
        // A page's field whose value is a unit (发布机构：某局) is no duty.
        let page = try extract("某县教育局关于开展校园安全检查的通知\n发布机构：某县教育促进中心\n一、各学校要在9月10日前完成自查。\n2025年9月1日\n")
        #expect(page.tasks.map(\.text) == ["各学校要在9月10日前完成自查。"])
    }

    @Test func aUnitNotesDeadlineIsTheItemsAndTheMeetingsWordsOpenAParagraph() throws {
        let x = try extract("""
        某市城市管理工作专题会议纪要
        2025年9月5日下午，副市长主持召开城市管理工作专题会议。纪要如下：
        会议议定：
        1.开展城市道路扬尘专项整治。（责任单位：市城管局；配合单位：各区政府；完成时限：11月30日前）
        2.加快老旧管网改造。（市住建局负责，10月底前完成）
        3.持续推进背街小巷整治。（责任单位：市城管局；完成时限：12月31日前）
        4.加强大气污染防治督查检查，每周通报一次。（责任单位：市生态环境局）
        会议要求，各责任单位要明确专人负责，每月5日前将工作进展报市政府办公室。
        """)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-11-30", "2025-10-31", "2025-12-31", nil, nil])
        #expect(x.tasks[0].lead == ["市城管局"] && x.tasks[0].support == ["各区政府"])
        #expect(x.tasks[3].text == "加强大气污染防治督查检查，每周通报一次。", "the meeting's words after the last item are no part of it")
        #expect(x.tasks[4].lead == ["各责任单位"] && x.tasks[4].deadline?.recurrence == "每月")
    }

    @Test func aParagraphThatCompletesSomethingByADeadlineIsAnOrder() throws {
        let x = try extract("某县人民政府常务会议纪要\n2025年8月12日，县长主持召开县政府常务会议。会议议定事项如下：\n一、关于城区供水管网改造问题\n由县水利局牵头，县财政局配合，于10月底前完成一期工程招标。\n二、关于道路维修问题\n县交通运输局国庆节前完成主干道修复。\n县人民政府办公室\n2025年8月13日\n")
        #expect(x.tasks.map(\.lead) == [["县水利局"], ["县交通运输局"]])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-10-31", "2025-09-30"])
        // 完成 with no deadline before it frames or reports: 完成好今年目标任务，必须… is no order of its own.
        let framing = try extract("某县人民政府工作报告\n二、2025年工作安排\n完成好今年目标任务，必须坚持稳中求进工作总基调，统筹发展和安全。\n2025年1月10日\n")
        #expect(!framing.tasks.contains { $0.text.hasPrefix("完成好今年目标任务") })
    }

    @Test func fieldsAfterAnItemsLastSentenceAreFieldsNotText() throws {
        let x = try extract("""
        某县2025年优化营商环境工作要点
        一、提升政务服务效能
        1.推行“一件事一次办”，年底前实现高频事项全覆盖。责任单位：县政务服务中心
        2.压缩企业开办时间。牵头单位：县市场监管局；配合单位：县税务局、县人社局
        3.建立重点项目用地保障机制。牵头领导：李某某；责任单位：县自然资源局；完成时限：2025年6月底
        县优化营商环境工作领导小组办公室
        2025年2月20日
        """)
        #expect(x.tasks.map(\.text) == ["推行“一件事一次办”，年底前实现高频事项全覆盖。", "压缩企业开办时间。", "建立重点项目用地保障机制。"])
        #expect(x.tasks.map(\.lead) == [["县政务服务中心"], ["县市场监管局"], ["县自然资源局"]])
        #expect(x.tasks[1].support == ["县税务局", "县人社局"])
        #expect(x.tasks[2].deadline?.date?.iso == "2025-06-30", "the deadline field, though cut from the text")
    }

    @Test func aDeadlineColumnThatSaysLongTermIsOpenEnded() throws {
        let x = try extract("县政府重点工作督办台账\n序号\t工作任务\t牵头单位\t完成时限\t进展情况\n1\t开展安全生产大排查大整治\t县应急管理局\t长期\t未启动\n2\t推进背街小巷整治\t县城管局\t持续推进\t正在推进\n3\t完成水厂扩建\t县水利局\t2025年12月底\t已完成\n县政府督查室\n2025年9月30日\n")
        #expect(x.tasks.map { $0.deadline?.ongoing } == [true, true, false])
        #expect(x.tasks.map { $0.deadline?.text } == ["长期", "持续推进", "2025年12月底"])
    }

    @Test func problemListsAndReviewsAreNotTasks() throws {
        let x = try extract("""
        会议指出，上半年工作取得明显成效。一是供水安全得到保障。二是项目建设加快推进。
        会议强调，要清醒认识存在的短板。一是调蓄能力不足。二是水费征缴困难。
        """)
        #expect(x.tasks.map(\.text) == ["要清醒认识存在的短板。"] || x.tasks.isEmpty)
    }

    @Test func enumeratedItemsWithUnitNotesAndFirstListedLead() throws {
        let x = try extract("""
        某市重点任务分工方案
        各任务中列第一位者为牵头单位。
        一、保障供水
        （一）完成水厂扩建工程，6月底前具备通水条件。（市水利局、市住房城乡建设局负责）
        （二）开展水质提升行动。（市水利局牵头，市卫生健康委、各县（市、区）政府配合）
        二、推进项目
        （一）加快调蓄工程前期工作。（市发改委、市财政局按职责分工负责）
        2026年2月15日
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks[0].lead == ["市水利局"])
        #expect(x.tasks[0].support == ["市住房城乡建设局"])
        #expect(x.tasks[0].text == "完成水厂扩建工程，6月底前具备通水条件。")
        #expect(x.tasks[0].deadline?.date?.iso == "2026-06-30")
        #expect(x.tasks[1].lead == ["市水利局"])
        #expect(x.tasks[1].support == ["市卫生健康委", "各县（市、区）政府".replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")] || x.tasks[1].support == ["市卫生健康委", "各县（市、区）政府"])
        #expect(x.tasks[2].lead == ["市发改委"])
        #expect(x.tasks.allSatisfy { $0.parent != nil }, "items name their heading as parent")
        #expect(x.sections.count == 2)
        #expect(x.document.date?.iso == "2026-02-15")
    }

    @Test func sentenceTasksInReportedSpeech() throws {
        let x = try extract("中央某会议在北京举行。\n会议强调，要增强信心。要加强统筹协调。今年经济运行总体平稳。\n")
        #expect(x.tasks.map(\.text) == ["要增强信心。", "要加强统筹协调。"])
    }

    @Test func statementsOfSignificanceAndCognitionAreNotTasks() throws {
        let x = try extract("""
        关于加快发展智慧水务的意见
        发展智慧水务对提升供水保障能力具有重要意义。
        大力推进智慧水务，有利于降低管网漏损。
        但也要看到，我市智慧水务存在基础薄弱等问题。
        一、加快建设供水管网监测平台，年底前覆盖主城区。
        二、推进水厂自动化改造。
        2025年3月1日
        """)
        #expect(x.tasks.map(\.text) == ["加快建设供水管网监测平台，年底前覆盖主城区。", "推进水厂自动化改造。"])
        let y = try extract("市委常委会会议\n会议认为，坚持民主集中制，是我们的重要制度优势。\n会议强调，要坚持民主集中制。\n")
        #expect(y.tasks.map(\.text) == ["要坚持民主集中制。"], "an action that is defined (，是…) orders nothing")
    }

    @Test func aParagraphAnnouncingTheItemsAfterItIsNoTask() throws {
        let x = try extract("""
        市政府工作报告
        今年任务十分繁重。我们要突出重点，着重抓好以下几个方面工作。
        一、加快建设城区第二水厂。
        二、推进老旧管网改造。
        2025年1月10日
        """)
        #expect(x.tasks.map(\.text) == ["加快建设城区第二水厂。", "推进老旧管网改造。"])
    }

    @Test func inAReviewParagraphAnAddresseeWithYaoStillOrders() throws {
        let x = try extract("""
        关于加大激励力度的通知
        对工作成效明显的地方加大激励力度，具有重要意义。各有关部门要认真组织实施激励措施。各区县政府要建立工作机制。今年激励了三个地方。
        2025年3月1日
        """)
        #expect(x.tasks.map(\.text) == ["各有关部门要认真组织实施激励措施。", "各区县政府要建立工作机制。"])
        #expect(x.tasks.first?.lead == ["各有关部门"])
    }

    @Test func aClosingParagraphGivesEachUnitItsOwnTask() throws {
        let x = try extract("""
        关于加快智慧水务建设的意见
        一、建设供水管网监测平台。（市水务局负责）
        二、推进水厂自动化改造。（市城投集团负责）
        各区县、各有关部门要加强组织领导，健全工作机制。要强化协同配合，务求取得实效。市水务局要会同有关方面做好督查工作，重大事项及时报告市政府。
        2025年3月1日
        """)
        #expect(x.tasks.map(\.text) == ["建设供水管网监测平台。", "推进水厂自动化改造。",
                                         "各区县、各有关部门要加强组织领导，健全工作机制。要强化协同配合，务求取得实效。",
                                         "市水务局要会同有关方面做好督查工作，重大事项及时报告市政府。"])
        #expect(x.tasks.last?.lead == ["市水务局"])
        #expect(x.tasks.last?.support == ["有关方面"])
    }

    @Test func aSentenceThatIntroducesTheReportIsNoTask() throws {
        let x = try extract("关于重点任务推进情况的督查通报\n市政府督查室对重点任务推进情况进行了督查，现将有关情况通报如下。\n1. 完成水厂扩建。市水利局已完成主体建设。\n")
        #expect(x.tasks.map(\.text) == ["完成水厂扩建。市水利局已完成主体建设。"])
    }

    @Test func ordersReportedInsideANewsLeadAreTasks() throws {
        let x = try extract("""
        某市召开水利工作会议
        新华社消息：市长3月1日主持召开水利工作会议，研究防汛工作。市长在会上发表讲话强调，防汛是头等大事，要压实各级防汛责任。供水是民生之本，必须确保城乡供水安全。
        市领导出席会议。
        """)
        #expect(x.tasks.map(\.text) == ["防汛是头等大事，要压实各级防汛责任。", "供水是民生之本，必须确保城乡供水安全。"])
        let y = try extract("某市召开水利工作会议\n新华社消息：市长3月1日主持召开水利工作会议，研究防汛工作。\n")
        #expect(y.tasks.isEmpty, "a news lead without reported speech orders nothing")
    }

    @Test func guidingThoughtIsNoTaskUnlessAddressedToNamedBodies() throws {
        let x = try extract("""
        市政府工作报告
        一、今年的工作安排
        今年是关键之年。做好政府工作，要坚持以新发展理念为指导，统筹发展和安全。
        加快建设城区第二水厂，年底前完成主体工程。
        坚持党的领导。加强党对水利工作的领导。要以新发展理念为指导，推进水利现代化。
        2025年1月10日
        """)
        #expect(x.tasks.map(\.text) == ["加快建设城区第二水厂，年底前完成主体工程。", "坚持党的领导。加强党对水利工作的领导。要以新发展理念为指导，推进水利现代化。"])
        let y = try extract("市委工作会议\n会议强调，要坚持稳中求进工作总基调。各区县要坚持稳中求进工作总基调，抓好防汛。\n")
        #expect(y.tasks.map(\.text) == ["各区县要坚持稳中求进工作总基调，抓好防汛。"])
    }

    @Test func aHeadingThatGoesOnHoldsItsFirstItem() throws {
        let x = try extract("""
        关于开展节水型城市建设试点的方案
        一、主要任务
        （一）强化顶层设计，发挥政府引导作用。建立节水指标体系，发挥导向作用。2025年6月底前，研究建立节水评价指标。（市水务局负责）
        完善节水管理机制，强化部门协作。建立部门责任清单。（市发展改革委负责）
        加强节水宣传，营造节水氛围。开展节水进社区活动。
        （二）推进工业节水，推动用水总量下降。推广节水工艺，淘汰高耗水设备，提升重复利用率。
        推动园区循环用水，提高用水效率。建设再生水管网，扩大再生水利用。
        加强农业节水，推广滴灌技术。建设高标准农田，提高灌溉效率。
        2025年3月1日
        """)
        #expect(x.tasks.map(\.text) == ["建立节水指标体系，发挥导向作用。2025年6月底前，研究建立节水评价指标。",
                                         "完善节水管理机制，强化部门协作。建立部门责任清单。",
                                         "加强节水宣传，营造节水氛围。开展节水进社区活动。",
                                         "推动园区循环用水，提高用水效率。建设再生水管网，扩大再生水利用。",
                                         "加强农业节水，推广滴灌技术。建设高标准农田，提高灌溉效率。"],
                "a one-sentence rest only sums its section up")
        #expect(x.tasks.first?.lead == ["市水务局"])
        #expect(x.tasks.first?.deadline?.date?.iso == "2025-06-30")
    }

    @Test func aHeadingsRoleComesFromItsTitleSentence() throws {
        let x = try extract("""
        市政府工作报告
        一、今年的工作任务
        （一）全方位扩大内需，提振消费。促进消费和投资更好结合，加快补上内需特别是消费短板。
        实施提振消费专项行动。制定提升消费能力的专项措施，释放消费潜力。
        积极扩大有效投资。发挥好政府投资作用，加强财政与金融配合。
        2025年1月10日
        """)
        #expect(x.tasks.map(\.text) == ["实施提振消费专项行动。制定提升消费能力的专项措施，释放消费潜力。", "积极扩大有效投资。发挥好政府投资作用，加强财政与金融配合。"],
                "短板 in the heading's body does not make its items a problem list")
    }

    @Test func aHeadingOfTargetsAndMeasuresHoldsTheMeasures() throws {
        let x = try extract("""
        市政府工作报告
        二、“十五五”时期主要目标和重大举措
        根据市委的建议，市政府制定了《规划纲要（草案）》。
        “十五五”时期，是全面发力的关键时期。
        今后五年，要重点抓好以下工作。一是全力激发创新潜能，推动产业体系建设。二是全力缩小城乡差距，推动共同富裕。
        2025年1月10日
        """)
        #expect(x.tasks.map(\.text) == ["全力激发创新潜能，推动产业体系建设。", "全力缩小城乡差距，推动共同富裕。"],
                "what was done (制定了) and what a period is (，是…) are background")
    }

    @Test func shortYaoSentencesOpenSubItemsThatTakeTheIntrosPeriod() throws {
        let x = try extract("""
        市政府工作报告
        一、加强政府自身建设
        做好今年和“十五五”工作，对政府自身建设提出了更高要求。要持续加强法治政府建设。完善行政执法制度。要持续加强廉洁政府建设。严肃财经纪律。
        2026年1月10日
        """)
        #expect(x.tasks.map(\.text) == ["要持续加强法治政府建设。完善行政执法制度。", "要持续加强廉洁政府建设。严肃财经纪律。"])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2030-12-31", "2030-12-31"], "the intro names this year and the 十五五: the latest")
    }

    @Test func headlinesPastReportsFindingsAndClosingCallsAreNoTasks() throws {
        let x = try extract("""
        市委召开水利工作会议
        市委书记主持召开水利工作会议强调 压实防汛责任 保障供水安全
        近年来，各区县在节水方面积极探索，积累了一些经验，需要进一步总结推广。
        实地检查发现，一些区县防汛物资储备不足。
        会议要求，各区县要压实防汛责任。实施城乡供水一体化，将有力促进城乡融合。
        各位代表！蓝图鼓舞人心。让我们团结一心，奋勇争先！
        2025年6月1日
        """)
        #expect(x.tasks.map(\.text) == ["各区县要压实防汛责任。"])
    }

    @Test func aRunOnYearReportKeepsOnlyNextYearsItems() throws {
        // A bureau's year report as web pages deliver it: one line, headings run into their text.
        let x = try extract("""
        某县水利局2025年工作总结和2026年工作思路
        2025年是“十四五”规划收官之年。县水利局在县委、县政府的坚强领导下，坚持稳中求进，持续推进水利高质量发展，为全县经济社会发展提供水利保障。现将有关情况总结如下：一、2025年工作总结过去一年，我们多措并举保障供水安全。（一）供水保障能力显著提升。一是持续强化水源保护。完成水源地整治5处。二是加快推进管网改造。改造管网12公里。二、存在问题回顾一年来的工作，仍然存在一些不足。一是调蓄能力不足，汛期供需矛盾突出。二是项目前期工作进展较慢。三、2026年工作思路2026年，县水利局将紧紧围绕县委中心任务，努力为全县高质量发展贡献水利力量。重点抓好三个方面工作：一是持续提升供水保障水平。推进第二水厂扩建，完善应急备用水源。二是加快农村饮水工程建设。会同县财政局落实建设资金，完成10个村的管网延伸。三是建设过硬干部队伍。坚持党建引领，持续改进作风。
        """)
        #expect(x.tasks.map(\.marker) == ["一是", "二是", "三是"])
        #expect(x.tasks.first?.text.hasPrefix("持续提升供水保障水平") == true)
        #expect(x.tasks.allSatisfy { $0.deadline?.date?.iso == "2026-12-31" }, "the period the item's title names")
    }

    @Test func itemsTitledAsTargetsOrGuidingIdeasAreNoTasks() throws {
        let x = try extract("""
        某县2026年水利工作计划
        一、2026年工作计划
        （一）总体目标以供水安全为首要目标，再推出一批改革举措。
        （二）总体思路以习近平新时代中国特色社会主义思想为指导，突出安全、效率、服务。
        （三）“十五五”发展目标。到2030年，供水保障能力明显提升。
        （四）重点工作
        1.保障供水安全。推进第二水厂扩建。
        2.总结经验做法。年底前对试点情况进行总结，形成报告。
        """)
        #expect(x.tasks.map(\.text) == ["保障供水安全。推进第二水厂扩建。", "总结经验做法。年底前对试点情况进行总结，形成报告。"])
    }

    @Test func newsOfAMeetingLateInTheYearThatPlansTheNext() throws {
        let x = try extract("""
        市委常委会召开会议 研究部署2026年工作
        本报讯：市委常委会12月9日召开会议，研究部署2026年工作。
        会议指出，在市委坚强领导下，各级各部门深入推进改革，着力防范化解风险，推动各项工作取得新成效。
        会议强调，各级纪检监察机关要坚持以新思想为指导，始终保持惩治腐败高压态势。明年要扩大有效投资。
        """)
        #expect(x.document.date?.iso == "2025-12-09", "the year a meeting plans for is the next one")
        #expect(x.tasks.map(\.text) == ["各级纪检监察机关要坚持以新思想为指导，始终保持惩治腐败高压态势。", "明年要扩大有效投资。"])
        #expect(x.tasks.first?.lead == ["各级纪检监察机关"], "guiding thought addressed to named bodies is their order")
        #expect(x.tasks.last?.deadline?.date?.iso == "2026-12-31")
        let y = try extract("市委常委会召开会议 研究部署2026年工作\n本报讯：市委常委会1月9日召开会议，研究部署2026年工作。\n会议要求，各区县要扩大有效投资。\n")
        #expect(y.document.date?.iso == "2026-01-09", "early in the year it plans the same year")
    }

    @Test func aReplyThatReportsSituationsAndProblemsOrdersOnlyItsMeasures() throws {
        let x = try extract("""
        市政府办公室关于节水建议的答复
        张委员：
        您的建议收悉。现将有关情况答复如下：
        一、城市节水情况。2024年全市节水1亿立方米，重复利用率提高到70%。
        节水工作也存在一些问题：一是水价改革不到位；二是再生水设施建设缓慢。
        二、下一步措施。市水利局拟研究制订再生水利用办法，加大推广力度。市住房城乡建设局拟继续实施供水管网改造。
        三、每季度向市政府报送节水工作情况。
        市政府办公室
        2025年3月3日
        """)
        #expect(x.tasks.count == 2, "a duty to report how things stand is an order")
        #expect(x.tasks.first?.lead == ["市水利局", "市住房城乡建设局"], "a unit that 拟 (plans to) act owns the measure")
    }

    @Test func aContactNoteASignatureAndAWebFooterAreNoPartOfTheLastTask() throws {
        let x = try extract("""
        关于做好城区环境整治工作的实施意见
        发布时间: 2025-05-28 09:48
        各乡镇人民政府，区直各单位：现就有关工作提出如下实施意见：一、整治任务1.环境卫生整治。加强环卫巡查，集中清理卫生死角。（责任单位：县环卫所）2.交通秩序整治。合理设置交通标志，规范车辆停放。（责任单位：县公安局）二、保障措施1.加强领导。各责任单位要高度重视，于5月30日前报送实施方案。2.加强宣传。县融媒体中心要加大宣传报道力度。（联系人：张三 联系电话：12345678） 某县人民政府2025年5月25日 来源：某县政府网 附件下载
        """)
        #expect(x.document.date?.iso == "2025-05-25", "the signature before the page's footer, not the publication stamp")
        #expect(x.tasks.last?.text == "加强宣传。县融媒体中心要加大宣传报道力度。")
        #expect(x.tasks.map(\.lead) == [["县环卫所"], ["县公安局"], ["各责任单位"], ["县融媒体中心"]])
    }

    @Test func aPlansTitleNamesTheScopeOfItsTasks() throws {
        let x = try extract("""
        某镇2026年度工作计划
        （一）提升党建质效。一是开展党建品牌创建。打造一批特色党建品牌。二是加强作风建设。常态化开展效能督查。
        （二）推动产业发展。一是发展现代农业。6月底前建成生态农业园。二是加快民宿集群建设。
        """)
        #expect(x.document.kind == .plan)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2026-12-31", "2026-12-31", "2026-06-30", "2026-12-31"])
        let y = try extract("某镇2025年工作总结\n（一）下步打算。一是开展党建品牌创建。二是加强作风建设。\n")
        #expect(y.tasks.allSatisfy { $0.deadline == nil }, "a summary's year is the year it looks back on")
    }

    @Test func inARunOnCopyAFirstItemMayFollowItsTitleWithNoStop() throws {
        let x = try extract("""
        某局2026年工作计划
        一、2026年工作计划（一）深化改革攻坚。一是完善主业管理。推动资源向主业集中。二是推进专业化整合。提高资源配置效率。（二）多举措激发企业活力一是构建差异化考核体系。强化刚性兑现。二是加强闲置资产盘活考核。提高资产使用效率。（三）统一思想认识。统一是前提，要加强学习。
        """)
        #expect(x.tasks.map(\.marker) == ["一是", "二是", "一是", "二是", "（三）"])
        #expect(x.tasks[2].text == "构建差异化考核体系。强化刚性兑现。")
    }

    @Test func lostParagraphsOfARunOnItemOpenWithShortTitles() throws {
        let x = try extract("""
        某片区2026年工作计划
        一、2026年工作计划（一）全面实施乡村振兴战略，加快推进农业农村现代化。聚力试点带动。加大力度推进乡村振兴试点项目建设。聚力书香小镇，打造阅读品牌。聚力文化保护。推进文化挖掘，传承传统习俗。（二）打造良好的生态环境。增强环保意识。丰富环保宣传模式。夯实基础设施。完成生态教育基地建设。
        """)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["聚力试点带动", "聚力书香小镇", "聚力文化保护", "增强环保意识", "夯实基础设施"])
    }

    @Test func aYearNamedAsTheTimeAheadScopesTheOrdersAfterIt() throws {
        let x = try extract("市委常委会召开会议\n本报讯：市委常委会1月9日召开会议。\n会议强调，今年是“十五五”开局之年。各区县要坚持干字当头。\n", name: "news-20260109.txt")
        #expect(x.tasks.first?.deadline?.date?.iso == "2026-12-31")
        let y = try extract("某县工作总结\n2025年是“十四五”收官之年。会议要求，各乡镇要抓好落实。\n2026年3月1日\n")
        #expect(y.tasks.first?.deadline == nil, "a year already over scopes nothing")
    }

    @Test func aPlanInAProgressReportNamesItsDeadlineEvenBeforeTheReportsDate() throws {
        let x = try extract("""
        某县人大代表建议办理情况
        发布时间: 2026-01-22 15:25
        第1031号事由：关于解决垃圾外运问题的建议承办单位：县交建局办理情况：现已完成立项审批，正在开展可行性研究，计划于2025年5月启动地勘，预计同年第四季度进入主体工程施工阶段。县交建局已于2024年末拨付专项资金。第1045号事由：关于道路改造的建议承办单位：县交建局办理情况：县交建局计划将同源路纳入2026年背街小巷改造。第1050号事由：关于路灯的建议承办单位：县交建局办理情况：已于2025年8月完成改造。
        """)
        // (已于2025年8月完成改造: the month a reply says the item was done by is its time, as rule 1 reads; a day
        // before the report's date is history, 2024年12月15日召开了…)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2026-12-31", "2025-08-31"])
        let y = try extract("某县人大代表建议办理情况\n发布时间: 2026-01-22 15:25\n第1号事由：关于路灯的建议承办单位：县交建局办理情况：县交建局于2025年8月25日召开了专题会议，已完成改造。\n")
        #expect(y.tasks.first?.deadline?.date == nil)
    }

    @Test func ordersWithoutYaoMayOpenWithAWordOfMannerOrAClause() throws {
        let x = try extract("""
        市委常委会召开会议
        会议强调，要着力保民生。尽快清理消费领域限制性措施。对受影响较大的企业，提高稳岗返还比例。同各方一道，积极维护市场秩序。兜牢基层“三保”底线。对此，大家深有体会。
        """)
        #expect(x.tasks.map(\.text) == ["要着力保民生。", "尽快清理消费领域限制性措施。", "对受影响较大的企业，提高稳岗返还比例。",
                                         "同各方一道，积极维护市场秩序。", "兜牢基层“三保”底线。"])
        let y = try extract("某县工作会议\n按照市委部署，推进了城区改造。对困难企业，落实了帮扶政策。\n")
        #expect(y.tasks.isEmpty, "a verb in the perfective reports what was done")
    }

    @Test func eachSentenceOfAnItemThatOpensWithAUnitNamesAnOwner() throws {
        let x = try extract("""
        关于推进编码统一的工作方案
        一、主要任务
        （一）统一编码和术语集。2026年3月底前，市卫生健康委推行统一的疾病分类编码。市医保局印发统一的医保编码。市财政局印发了资金管理办法。
        """)
        #expect(x.tasks.first?.lead == ["市卫生健康委", "市医保局"], "印发了 is history, not a duty")
    }

    @Test func aWorkReportLooksBackStatesPrinciplesAndTargetsThenOrders() throws {
        let x = try extract("""
        2026年某省政府工作报告
        2026年1月14日在某省第十四届人民代表大会第四次会议上
        现在，我代表省人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。
        一、2025年主要工作和“十四五”发展成就
        （一）强化创新驱动发展。提升科技创新质效。全省科技创新投入7232亿元。
        二、“十五五”时期的主要目标任务
        “十五五”时期是基本实现现代化夯实基础的关键时期，也是决定性阶段。省政府将认真组织实施。
        “十五五”发展的指导思想是：坚持以新思想为指导，统筹推进总体布局。
        实现上述目标，必须严格遵循重大原则要求，在工作推进中做到“两个更加注重”：
        ——更加注重强化战略引领。始终坚持一张蓝图绘到底。
        ——更加注重抓具体抓深入。坚持把抓落实作为政府工作的主线。
        （一）聚焦建设创新强省，发展新质生产力。深入实施科技创新工程。
        三、2026年重点工作
        综合考虑各方面因素，今年经济社会发展主要预期目标为：全省生产总值增长5%左右。
        （一）着力提振市场信心
        放大经济政策实施效应。安排省级财政资金1053.8亿元，支持经济高质量发展。
        """)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["聚焦建设创新", "放大经济政策"])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2030-12-31", "2026-12-31"])
    }

    @Test func aHeadingThatLooksBackThenAheadHoldsTheTasksAhead() throws {
        let x = try extract("""
        2026年某市政府工作报告
        ——2026年1月25日在某市第十六届人民代表大会第四次会议上
        二、“十四五”时期发展成就和“十五五”时期主要目标任务
        “十四五”时期是极不平凡的五年，我们推动各项事业取得重大成就。
        这五年，我们锐意改革、矢志创新，经济高质量发展取得显著成效。
        “十五五”时期是基本实现现代化的关键时期，战略机遇和风险挑战并存。我们要保持战略定力。
        《纲要草案》具体部署了3项任务举措：一是坚守职责使命，全力服务保障政治中心功能；二是繁荣首都文化，增强文化中心影响力；三是深化对外交流，加强国际交往中心能力建设。
        展望未来，我们有信心有能力战胜艰难险阻，奋力推动首都发展再上新台阶！
        三、2026年重点工作
        今年是“十五五”开局之年，做好各项工作意义重大。总的要求是：坚持以新思想为指导，奋力实现良好开局。
        重点做好十方面工作。
        （一）深入落实城市总体规划
        充分发挥规划统筹引领作用。完善首都规划体系和实施机制。
        """)
        #expect(x.tasks.map(\.marker) == ["一是", "二是", "三是", nil])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2030-12-31", "2030-12-31", "2030-12-31", "2026-12-31"])
    }

    @Test func aUnitThatSaysWhatItWillDoCommitsEvenInAParagraphThatLooksBack() throws {
        let x = try extract("关于某事的通知\n对工作成效明显的地方加大激励支持力度，具有重要意义。各有关部门要认真组织实施。市政府办公室将加强统筹协调和督促检查。各地已完成自查。\n")
        #expect(x.tasks.map(\.lead) == [["各有关部门"], ["市政府办公室"]])
    }

    @Test func aCopiedWebPageKeepsItsTitleDateAndIssuer() throws {
        let x = try extract("""
        您的位置:
        首页
        >
        某省要闻
        某省要闻
        2026年某省政府工作报告
        来源：某省日报
        【字体：
        大
        中
        小
        】
        ——2026年1月28日在某省第十四届人民代表大会第四次会议上
        各位代表：
        一、2026年重点工作
        （一）扩大有效需求
        扩大有效投资。深化项目推进年活动。
        """)
        #expect(x.document.title == "2026年某省政府工作报告")
        #expect(x.document.date?.iso == "2026-01-28")
        let y = try extract("某县公安局2024年第一季度抽查情况\n发布时间: 2024-04-09 09:04\n栏目: 工作进展情况\n3月18日，县公安局开展检查，检查情况详见附件。附件：抽查情况表 某县公安局2024年3月18日\n")
        #expect(y.document.issuer == "某县公安局", "the unit a title opens with, never a metadata label")
        let z = try extract("代表建议办理情况\n发布时间: 2026-01-22 15:25\n发布机构: 某县人民代表大会常务委员会\n第1010号事由：关于修路的建议承办单位：县交建局办理情况：已完成。\n")
        #expect(z.document.issuer == "某县人民代表大会常务委员会")
        // A title that prints a text without 关于 (某管委会印发…的通知) names its issuer before 印发.
        let w = try extract("某区管委会印发某区2016年度旅游工作要点的通知\n一、推进旅游厕所建设。\n")
        #expect(w.document.issuer == "某区管委会")
    }

    @Test func minutesHandDecisionsToUnitsAndDropTheirSaidLeads() throws {
        let x = try extract("""
        市政府第十二次常务会议纪要
        2025年9月12日，市长主持召开市政府第十二次常务会议。纪要如下：
        一、关于老旧小区改造工作
        会议听取了市住建局关于老旧小区改造工作进展情况的汇报。会议指出，今年以来改造进展顺利。会议同意《老旧小区改造实施方案》，由市住建局按程序印发实施。会议要求，市财政局要及时拨付补助资金。
        """)
        #expect(x.tasks.map(\.text) == ["会议同意《老旧小区改造实施方案》，由市住建局按程序印发实施。", "市财政局要及时拨付补助资金。"])
        #expect(x.tasks.map(\.lead) == [["市住建局"], ["市财政局"]])
    }

    @Test func aNoticesOverviewAndItsOrdersReportNoStatus() throws {
        let x = try extract("""
        关于2025年三季度重点工作任务推进情况的通报
        一、总体情况
        截至9月底，全市52项重点任务中，已完成18项，正在推进29项，进度滞后5项。
        二、进度滞后的任务
        1.城区污水管网改造工程（牵头单位：市住建局）。原定8月底前完成主管网铺设，目前完成65%，进度滞后。
        三、下一步工作要求
        各牵头单位要逐项分析滞后原因，于10月15日前将整改情况报市政府督查室。
        """)
        #expect(x.tasks.map(\.status) == [.delayed, nil])
        let y = try extract("关于安全生产整改落实情况的报告\n一、区交通局\n1、要求各镇干部在正在开展的安全大检查中发现问题、整治问题。\n2、已完成隐患整改。\n")
        #expect(y.tasks.map(\.status) == [nil, .done], "正在开展的大检查 describes the inspection, not the task")
    }

    @Test func aRequestWithAPartnerNamesThePartnerBeforeItsDuty() throws {
        let x = try extract("关于落实科研自主权的通知\n一、主要任务\n（一）明确转化收益办法。请人力资源社会保障部会同有关部门按照通知精神，制定具体操作办法。\n")
        #expect(x.tasks.first?.lead == ["人力资源社会保障部"])
        #expect(x.tasks.first?.support == ["有关部门"])
        let y = try extract("关于试点的方案\n一、主要任务\n（一）制定实施方案。方案报送生态环境部，经生态环境部会同有关部门组织专家评审后实施。\n（二）经市政府同意，由市财政局安排资金。\n")
        #expect(y.tasks.map(\.lead) == [["生态环境部"], ["市财政局"]], "经X会同Y: X acts; 经X同意: X only approves")
        #expect(y.tasks.first?.support == ["有关部门"])
    }

    @Test func inASectionAboutTheWorkAheadAGoalIsNoAchievement() throws {
        let x = try extract("""
        2026年某省政府工作报告
        ——2026年1月28日在某省第十四届人民代表大会第四次会议上
        二、“十五五”时期主要目标任务
        （一）现代化产业体系建设取得决定性进展。
        发展产业才能强省富民，要持之以恒大抓产业、主攻工业。
        """)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2030-12-31"])
    }

    @Test func anItemWithFieldLinesKeepsThemAsFields() throws {
        let x = try extract("""
        某市2026年重点工作责任分工方案
        一、扩大有效需求
        1.实施提振消费专项行动，社会消费品零售总额增长5%左右。
        牵头单位：市商务局
        配合单位：市发展改革委、市财政局
        完成时限：2026年12月底前
        2.加快重大项目建设。
        牵头单位：市发展改革委
        完成时限：持续推进
        """)
        #expect(x.tasks.map(\.text) == ["实施提振消费专项行动，社会消费品零售总额增长5%左右。", "加快重大项目建设。"])
        #expect(x.tasks.map(\.lead) == [["市商务局"], ["市发展改革委"]])
        #expect(x.tasks.first?.support == ["市发展改革委", "市财政局"])
        #expect(x.tasks.first?.deadline?.date?.iso == "2026-12-31")
        #expect(x.tasks.last?.deadline?.ongoing == true, "持续推进 in a deadline field is an open-ended duty, before the title's year")
    }

    @Test func aRunOnItemThatOpensWithASectionTitleLeavesItOut() throws {
        let x = try extract("某县2026年重点工作安排\n一、总体要求坚持稳中求进。二、重点任务（一）扩大有效投资1.加快项目建设。（责任单位：县发改局）2.强化要素保障。（责任单位：县自然资源局）三、保障措施各乡镇、各部门要加强组织领导，于每月5日前报送进展情况。\n")
        #expect(x.tasks.last?.text == "各乡镇、各部门要加强组织领导，于每月5日前报送进展情况。")
        #expect(x.tasks.last?.lead == ["各乡镇", "各部门"])
    }

    @Test func aMeetingsRequestNamesItsUnitsAndTheirPartner() throws {
        let x = try extract("区管委会专题会议纪要\n2025年6月3日，区管委会主持召开专题会议。现将会议议定事项纪要如下：\n一、关于道路交通问题。会议要求区公安局会同区交通与建设局抓紧制定片区交通组织方案，7月15日前报区管委会审定。\n")
        #expect(x.tasks.first?.lead == ["区公安局"])
        #expect(x.tasks.first?.support == ["区交通与建设局"])
    }

    @Test func aRunOnHeadingGivesItsRoleByItsFirstClause() throws {
        let x = try extract("""
        某局2022年工作总结暨2023年工作思路
        一、2022年工作总结2022年，全局完成重点项目64个。（一）重点项目有序开展。全年完成固投35.7亿元。（二）赛事活动精彩纷呈。全年举办音乐活动55场次。二、2023年工作思路总体要求：以新思想为指导，全力打造欢乐岛。围绕上述要求，重点实施“2个年”行动：（一）实施“龙头项目建设年”行动，做实重点项目全力推动龙头项目开工，加快补齐高端酒店等配套短板。1．抓持续，推动续建项目落实。2．抓保障，拓宽项目投融资渠道。（二）实施“品质攻坚深化年”行动，做优旅游品质建立调度机制，增加3项攻坚专项。1．着力完善旅游要素。一是“畅享”餐饮。力促全年新增10家优质餐厅。二是“畅适”住宿。推进酒店10月前投入运营。
        """)
        #expect(x.tasks.map(\.marker) == ["1．", "2．", "一是", "二是"], "补齐配套短板 and 总体要求 deep in run-on titles do not make them problems or principles")
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2023-12-31", "2023-12-31", "2023-12-31", "2023-10-31"])
    }

    @Test func anItemAboutAYearAlreadyOverListsAchievements() throws {
        let x = try extract("""
        某局2024年工作总结及2025年工作思路
        发布时间: 2025-09-18 11:49
        2024年以来，全局坚持不懈抓好“三农”工作。一、2024年主要工作情况 一是推进城乡融合进程。完善60个村庄连片发展方案。 二是加快现代产业发展。成功获批国家级创业园。二、2025年工作计划（一）推进城乡融合发展。一是深化土地制度改革。推进承包地“三权”分置改革。二是培育示范村。集中财力扶持3个示范点建设。
        """)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["深化土地", "培育示范"])
    }

    @Test func tinyAndOddParagraphsDoNotTrapTheRules() throws {
        // One-character sentences, a lone comma before 是, 了 at a sentence start, 要 alone, 前 at the end.
        let odd = ["。", "了。", "，是", "是。", "要。要。", "年底前", "让我们", "近年来", "联合", "配合。", "会同", "由。", "前要",
                   "（一）加强。要。", "一是。二是。", "从2026年起", "从2026年起三年", "岁末年初", "督查发现，",
                   "由市", "，由。", "——", "—", "现在，我代表", "2025年是", "对，", "适时", "联系人：", "计划于", "情况。", "存在问题：",
                   "一、2025年", "二、总体目标", "活力一是", "统一是", "原则：", "今年是", "展望未来！", "重点做好十方面工作。"]
        for p in odd {
            let x = try extract("关于某事的通知\n一、主要任务\n\(p)\n（一）\(p)\n\(p)\n2025年1月1日\n")
            #expect(x.tasks.allSatisfy { !$0.text.isEmpty }, "\(p)")
        }
    }

    @Test func subjectOfADutyIsItsLead() throws {
        let x = try extract("会议要求，海关总署要会同财政部制定实施细则。各地区要抓好落实。\n")
        #expect(x.tasks.first?.lead == ["海关总署"])
        #expect(x.tasks.first?.support == ["财政部"])
        #expect(x.tasks.last?.lead == ["各地区"])
    }

    @Test func statusWithNegationInAProgressNotice() throws {
        let x = try extract("""
        关于重点任务推进情况的督查通报
        1. 完成水厂扩建。已完成主体建设。
        2. 开展水质提升。正在推进检测工作。
        3. 编制可研报告。尚未完成，进度缓慢。
        4. 开展巡河检查。尚未启动。
        5. 建设污水管网。尚未完成。
        6. 修订管理办法。待上级批复后将加快推进。
        """)
        #expect(x.document.kind == .progress)
        // 进度缓慢 is delayed (ANNOTATION.md); 尚未完成 alone is still in progress; 将加快推进 is a plan.
        #expect(x.tasks.map(\.status) == [.done, .inProgress, .delayed, .notStarted, .inProgress, .notStarted])
    }

    @Test func runOnLinesAreSplitAtMarkersThatCountUp() throws {
        let x = try extract("整改情况报告\n现将整改情况报告如下：一、区交通局1、已完成台账整理，规范管理工作。2、进一步加强安全教育培训。二、某镇政府1、开展隐患排查整治工作。2、已张贴宣传挂图。统一、规范的表述不是编号。\n")
        #expect(x.tasks.count == 4)
        #expect(x.tasks[0].lead == ["区交通局"])
        #expect(x.tasks[3].text.hasPrefix("已张贴宣传挂图。"))
    }

    @Test func aCopiedPagesBreadcrumbToolbarAndFooterAreNoPartOfIt() throws {
        // Project-written. A page copied whole: a breadcrumb with no label, a bracketed toolbar, and a footer whose
        // first label (主办单位：) would read as the last item's unit field.
        let x = try extract("""
        首页 > 政务公开 > 督查通报
        【字体：大 中 小】 打印 关闭
        关于全县防汛工作推进情况的督查通报
        一、县水利局已完成全部水库汛前检查。
        二、县应急管理局正在推进物资储备库建设。
        【打印本页】【关闭窗口】
        主办单位：某县人民政府办公室 版权所有
        """)
        #expect(x.document.title == "关于全县防汛工作推进情况的督查通报")
        #expect(x.document.kind == .progress)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.last?.lead == ["县应急管理局"])
        #expect(x.tasks.map(\.status) == [.done, .inProgress])
    }

    @Test func aRoleBeforeUnitIsPartOfTheNameAndWhatAMatterNeedsIsTheUnitAfterIt() throws {
        // Project-written. 各重点任务牵头单位要…: 牵头 before 单位 is no verb; 安全生产工作需行业主管部门要…: the units after 需.
        let x = try extract("某区政府常务会议\n会议强调，一要全面盘点半年工作，各重点任务牵头单位要加强调度。二要做好安全生产工作，安全生产工作需行业主管部门要履行监管职责。\n")
        #expect(x.tasks.map(\.lead) == [["各重点任务牵头单位"], ["行业主管部门"]])
    }

    @Test func minutesPrintedDaysLaterAreDatedByTheMeeting() throws {
        // Project-written. Minutes signed on the day they were printed (…办公室 2021年8月16日印) are dated by the day their
        // lead says the meeting was held, and the office before the date issues them.
        let x = try extract("""
        局长办公会会议纪要
        8月13日下午，市住建局局长张某主持召开局长办公会，局领导李某、王某参加会议。现纪要如下：
        会议原则同意《扶持建筑业骨干企业发展实施方案》。会议要求，进一步修改完善方案后，尽快印发实施。
        某市住房和城乡建设局办公室 2021年8月16日印
        """)
        #expect(x.document.date?.iso == "2021-08-13")
        #expect(x.document.issuer == "某市住房和城乡建设局办公室")
        // A weekly meeting held at a place: the place is no part of the title; 各区及各相关部门 are two collectives.
        let y = try extract("8月27日晚，某市专项治理工作领导小组第四十三次周例会在市党政综合楼召开。\n某某强调，各区及各相关部门要抢抓时间，加快进度。\n")
        #expect(y.document.title == "某市专项治理工作领导小组第四十三次周例会")
        #expect(y.tasks.first?.lead == ["各区", "各相关部门"])
    }

    @Test func aForumsNewsAnnouncesHopesToThoseItAddresses() throws {
        // Project-written. A headline whose middle phrase convenes a forum (…某委召开专家座谈会…) is meeting news; its
        // chair and attendees are named at a 座谈会; the sentence that announces hopes to bodies (对X、Y和Z提出3点希望。)
        // is no order, and the bodies own every hope.
        let x = try extract("""
        征求对规划编制的意见和建议 某委召开专家座谈会 主任某某主持并讲话
        某网消息：12月6日，某委召开专家座谈会，听取意见和建议。主任某某主持座谈会并发表讲话。
        副主任李某、王某出席座谈会。
        某某对各有关单位、市工商联和各行业协会提出3点希望。一是提高站位，做好规划编制工作。二是发挥优势，积极建言献策。三是加强自身建设，提升服务能力。
        """, name: "news-20241209.txt")
        #expect(x.document.kind == .minutes)
        #expect(x.document.host == "主任某某")
        #expect(x.document.attendees == ["副主任李某、王某"])
        #expect(x.tasks.count == 3)
        #expect(x.tasks.allSatisfy { $0.lead == ["各有关单位", "市工商联", "各行业协会"] })
    }

    @Test func theSentenceThatForwardsATextIsNoTask() throws {
        // Project-written. A forwarding notice's 现将…印发给你们，请认真贯彻执行，切实做好…工作。 asks only that the text be
        // carried out, its signature after it; orders that follow it in the same paragraph are still orders.
        let x = try extract("""
        某区管委会办公室关于印发某区2022年度地质灾害防治方案的通知
        各片区管理局、区直各单位：现将《某区2022年度地质灾害防治方案》印发给你们，请认真贯彻执行，切实做好地质灾害防治工作。 某区管委会办公室 2022年5月26日
        一、区资源生态局要加强地质灾害防治知识的宣传和培训。
        """)
        #expect(x.tasks.map(\.lead) == [["区资源生态局"]])
        let y = try extract("某区管委会办公室关于做好防汛工作的通知\n现将《防汛预案》印发给你们，请认真贯彻执行。各片区管理局要于6月底前完成隐患排查。\n")
        #expect(y.tasks.count == 1)
        #expect(y.tasks.first?.lead == ["各片区管理局"])
    }

    @Test func aDutyOpenedByAUnitWhoseNameHoldsVerbsIsThatUnits() throws {
        // Project-written. Under 职责分工, each item opens with the unit whose duty it is; names that hold verbs of their
        // own (监督, 发展) are read whole up to their last unit ending, before a word of manner or an action; a section
        // titled 指导思想 glued to its text is guiding thought, not a task.
        let x = try extract("""
        某区近视防控工作实施方案
        一、指导思想以习近平新时代中国特色社会主义思想为指导，切实加强保护学生视力工作。
        二、职责分工
        （一）区宣传与影视发展部充分发挥电视、网络、新媒体等作用，宣传推广近视防治知识。
        （二）区市场监督管理局严格监管验光配镜行业，依法查处虚假违法广告。
        （三）请区财政局落实近视防控专项经费。
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks.map(\.lead) == [["区宣传与影视发展部"], ["区市场监督管理局"], ["区财政局"]])
    }

    @Test func aStandingNoteMayNameUnitsThatAssist() throws {
        // Project-written. The first item's note says every item below is assisted by the districts (以下均需各片区配合
        // 落实，不再列出): they support each item of the section, beside the units each note names.
        let x = try extract("""
        某区新污染物治理工作方案
        二、重点任务
        1.落实环境信息调查。2023年底前完成基本信息调查。（区资源生态局牵头负责；以下均需各片区配合落实，不再列出）
        2.实施风险筛查评估。分批次开展化学物质环境风险评估。（区资源生态局牵头，区市场监管局等按职责分工负责）
        三、保障措施
        （一）加强组织领导。各相关单位要指定一名分管领导负责新污染物治理工作。（区资源生态局牵头，有关单位按职责分工负责）
        """)
        #expect(x.tasks.map(\.lead) == [["区资源生态局"], ["区资源生态局"], ["区资源生态局"]])
        #expect(x.tasks.map(\.support) == [["各片区"], ["区市场监管局", "各片区"], ["有关单位"]])
    }

    @Test func aFlattenedTablesSectionMayFollowAnyCell() throws {
        // Project-written. A division table flattened into a run-on line: a section (三、) glued to a last cell that
        // does not end like a unit (…各区属国有企业) is still a section, since it counts up; 二、三产业 is no section.
        let x = try extract("""
        某区管委会办公室关于印发2022年政务公开工作主要任务分解表的通知
        发布时间: 2022-06-08 10:04
        附件2022年政务公开工作主要任务分解表工作任务工作要求牵头单位配合/责任单位一、加强市场主体信息公开1.增强政策透明度，持续打造营商环境。 区直各有关单位，各片区管理局二、推进公共企事业单位信息公开2.严格执行信息公开制度，推动二、三产业融合。 各区属事业单位，各区属国有企业三、开展规范性文件集中公开3.有序推进现行有效行政规范性文件集中公开。 区直各有关单位，各片区管理局
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks[1].text.includes("推动二、三产业融合。") && !x.tasks[1].text.includes("集中公开"))
        #expect(x.tasks[2].text.hasPrefix("有序推进"))
    }

    @Test func aRunOnTitleGluedToItsTextMayGiveARole() throws {
        // Project-written run-on plan: 二、2022年降雨趋势分析根据气象预测，… is an analysis, not an order; the title ends with
        // its role word right before the text's own opening (根据).
        let x = try extract("""
        某区2022年地质灾害防治方案
        发布时间: 2022-06-09 09:55
        某区2022年地质灾害防治方案 一、基本情况全区登记在册地质灾害隐患点67处。二、2022年降雨趋势分析根据气象预测，今年春季预计总降水量380毫米。三、防治任务（一）深化调查评价。区资源生态局要汇总调查评价成果。（二）加强监测预警。气象、水利部门要及时发布预警信息。
        """)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["深化调查", "加强监测"])
    }

    @Test func aRunOnCopysFlattenedAnnexTableIsNoList() throws {
        // Project-written. A page copied as one line: the notice, its signature, the work points (一、…二、…) and, after
        // 附件：, a division table whose cells were glued together. The table reads as no list, and the last item ends
        // before it; the sentence that says why the points were made (…，特制定…工作要点。) is no task.
        let x = try extract("""
        某区管委会印发某区2016年生态环境保护工作要点的通知
        发布时间: 2016-03-31 15:06
        某区管委会印发某区2016年生态环境保护工作要点的通知 区直各单位：《某区2016年生态环境保护工作要点》已经区管委会研究通过，现印发给你们。 某区管委会 2016年3月30日某区2016年生态环境保护工作要点 2016年是“十三五”的开局之年。为实现空气质量持续优良的目标，特制定我区2016年生态环境保护工作要点。具体如下：一、深入推进生态文明建设。3月份成立生态文明建设领导小组。二、推进大气环境污染整治。完成黄标车淘汰任务。对建筑工地施工扬尘开展综合整治。 附件：2016年某区生态环境保护工作要点分工表 附件2016年某区生态环境保护工作要点分工表 序号主要工作任务具体工作措施完成时限主要责任单位1推进生态文明建设1、成立生态文明建设领导小组3月区经发局区环土局2、编制生态文明建设规划12月区环土局 注：主要责任单位第一个为牵头单位。 某区管委会办公室 2016年3月30日印发
        """)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.last?.text.hasSuffix("对建筑工地施工扬尘开展综合整治。") == true)
    }

    @Test func aUnitPutAtTheHeadOfARunOnItemIsItsLead() throws {
        // Project-written. 一、推动…获批由区经济发展局牵头，…: the item's title runs into the clause that puts a unit at its
        // head; a plan to (拟由X牵头) or a manner of (主要由X负责) doing so names no lead.
        let x = try extract("某区2016年旅游工作要点\n一、推动建设方案获批由区经济发展局牵头，成立专门班子修改方案。\n二、推进验收工作，拟由区管委会牵头，确保旅客出行安全。\n三、实施过程中的管理主要由项目承担单位负责。\n")
        #expect(x.tasks.map(\.lead) == [["区经济发展局"], [], []])
    }

    @Test func aTaskThatOpensWithItsActionNamesNoUnitInIt() throws {
        // Project-written. 完成10座旅游厕所建设: 厕所 ends like a unit (派出所), but a name does not open with the action
        // done to it; nor does 健全行业协会组织 make 健全行业协会 a unit.
        let x = try extract("某区2016年旅游工作要点\n一、提高旅游基础设施\n1.完成10座旅游厕所建设。\n2.健全行业协会组织，成立旅游景区分会。\n3.持续推广抱团聚力、资源共享的联合党委运转模式。\n4.以中组部挂钩平时考核试点单位建设为基础，扩大绩效奖金发放差距。\n")
        #expect(x.tasks.count == 4)
        #expect(x.tasks.allSatisfy { $0.lead.isEmpty && $0.support.isEmpty })
    }

    @Test func aLetterSpacedButtonIsPageChrome() throws {
        // Project-written. Government pages set short buttons letter-spaced (返 回, 打 印) above the title.
        let x = try extract("返 回\n所在位置：某市政府网 > 通知公告\n某市人民政府办公室关于做好防汛工作的通知\n一、市水利局要做好水库巡查。\n")
        #expect(x.document.title == "某市人民政府办公室关于做好防汛工作的通知")
        // The switches of a page's accessible and elderly-friendly modes are chrome too.
        let z = try extract("无障碍浏览 长者模式\n某市人民政府办公室关于做好防汛工作的通知\n一、市水利局要做好水库巡查。\n")
        #expect(z.document.title == "某市人民政府办公室关于做好防汛工作的通知")
        // (A short line of two words that are no buttons stays: it may be the title.)
        let y = try extract("防汛 纪要\n会议要求，市水利局要做好水库巡查。\n")
        #expect(y.document.title == "防汛 纪要")
    }

    @Test func aNoticesParagraphInWhichEachUnitTakesTheFloorGivesEachATask() throws {
        // Project-written. A short notice without sections: its requirement paragraph names a unit, then another,
        // then a third, each with its own order; the sentences that follow one without a subject are its.
        let x = try extract("""
        某区人民政府办公室关于印发2025年重点工作任务分解表的通知
        各镇人民政府，区政府各部门：
        现将《2025年重点工作任务分解表》印发给你们。
        请各牵头单位要严格按照任务分工，对工作任务进行再细化。要明确每项任务的责任人。各配合单位要加强协调，积极配合。区政府督查室要适时开展督查督办工作。
        某区人民政府办公室
        2025年2月10日
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks.map(\.lead) == [["各牵头单位"], ["各配合单位"], ["区政府督查室"]])
        #expect(x.tasks.first?.text.hasSuffix("要明确每项任务的责任人。") == true)
        // A paragraph whose first order is a policy's, not a unit's, stays one item (积极的财政政策要…。党政机关要…。).
        let y = try extract("某市经济工作会议\n会议认为，明年要做好经济工作。\n一、宏观政策\n积极的财政政策要适度加力。要用好财政政策空间。党政机关要习惯过紧日子。\n")
        #expect(y.tasks.count == 1)
    }

    @Test func aTitleBrokenBeforeItsDocumentTypeGoesOnToIt() throws {
        // Project-written. A title set on two lines: the issuer on one, what it issues on the next; a session's name
        // above the record of what its deputies asked.
        let a = try extract("某区农业农村局\n2024年工作总结及2025年工作计划\n一、2024年工作总结\n全年完成各项任务。\n二、2025年工作计划\n（一）抓好高标准农田建设。\n")
        #expect(a.document.title == "某区农业农村局2024年工作总结及2025年工作计划")
        #expect(a.document.kind == .summary)
        let b = try extract("某县第十八届人大第四次会议\n代表建议办理情况公开内容\n一、关于加强农村道路养护的建议，县交通局已办结。\n二、关于增设学校周边护栏的建议，县住建局正在办理。\n")
        #expect(b.document.title == "某县第十八届人大第四次会议代表建议办理情况公开内容")
        #expect(b.document.kind == .progress)
        // A meeting's name stands alone when the next line is no part of it.
        let c = try extract("某市防汛工作会议\n会议要求，一要压实防汛责任。二要做好物资储备。\n")
        #expect(c.document.title == "某市防汛工作会议")
    }

    @Test func aUnitNoteOnALineOfItsOwnClosesTheItemAbove() throws {
        // Project-written. The note is set on its own line (right-aligned in the Word original), also after the last
        // item, before the signature.
        let x = try extract("""
        某市关于加快水利建设的若干措施
        （一）加快水库除险加固。2025年底前完成病险水库除险加固任务。
        （市水利局牵头，市财政局配合）
        （二）推进灌区现代化改造。年内开工建设两处中型灌区。
        （市水利局、市农业农村局按职责分工负责）
        某市人民政府
        2025年3月1日
        """)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.map(\.lead) == [["市水利局"], ["市水利局", "市农业农村局"]])
        #expect(x.tasks.map(\.support) == [["市财政局"], []])
        #expect(x.document.date == Day(year: 2025, month: 3, day: 1))
    }

    @Test func labelledResponsibleUnitsFollowTheFirstListedRule() throws {
        // Project-written. 责任单位：A、B names the units responsible: where the plan says the first-listed leads, A
        // leads and B supports; 牵头单位：A leads outright; 责任单位：A会同B makes B A's partner.
        let ruled = try extract("""
        某市2025年水利重点工作任务分工方案
        各项任务中列第一位者为牵头单位。
        （一）加快水库除险加固。（责任单位：市水利局、市财政局）
        （二）推进灌区现代化改造。（牵头单位：市水利局、市农业农村局）
        （三）完善水价形成机制。（责任单位：市发展改革委会同市水利局）
        （四）加强河湖管护。
        责任单位：市河长办、各县（市、区）政府
        """)
        #expect(ruled.tasks.map(\.lead) == [["市水利局"], ["市水利局", "市农业农村局"], ["市发展改革委"], ["市河长办"]])
        #expect(ruled.tasks.map(\.support) == [["市财政局"], [], ["市水利局"], ["各县(市、区)政府"]])
        // Labelled fields apart by spaces only, and fields at an item's end without brackets.
        let spaced = try extract("某市2025年水利重点工作任务分工方案\n（一）加快水库除险加固。（牵头单位：市水利局  配合单位：市财政局、市应急管理局）\n（二）完善水价形成机制。责任单位：市发展改革委会同市水利局、市财政局。\n")
        #expect(spaced.tasks.map(\.lead) == [["市水利局"], ["市发展改革委"]])
        #expect(spaced.tasks.map(\.support) == [["市财政局", "市应急管理局"], ["市水利局", "市财政局"]])
        // A task table's 责任单位 column follows the rule too; a 牵头单位 column leads outright.
        let table = try extract("某市2025年水利重点工作任务分工方案\n各项任务中列第一位者为牵头单位。\n序号\t工作任务\t责任单位\t完成时限\n1\t加快水库除险加固\t市水利局、市财政局\t年底前\n2\t完善水价形成机制\t市发展改革委、市水利局\t6月底前\n")
        #expect(table.tasks.map(\.lead) == [["市水利局"], ["市发展改革委"]])
        #expect(table.tasks.map(\.support) == [["市财政局"], ["市水利局"]])
        let leadColumn = try extract("某市2025年水利重点工作任务分工方案\n各项任务中列第一位者为牵头单位。\n序号\t工作任务\t牵头单位\t配合单位\n1\t加快水库除险加固\t市水利局、市财政局\t市应急管理局\n")
        #expect(leadColumn.tasks.map(\.lead) == [["市水利局", "市财政局"]])
        #expect(leadColumn.tasks.map(\.support) == [["市应急管理局"]])
        // Without the rule, the units responsible all lead.
        let plain = try extract("某市2025年水利重点工作任务分工方案\n（一）加快水库除险加固。（责任单位：市水利局、市财政局）\n（二）加强河湖管护。（责任单位：市河长办）\n")
        #expect(plain.tasks.map(\.lead) == [["市水利局", "市财政局"], ["市河长办"]])
        #expect(plain.tasks.map(\.support) == [[], []])
    }

    @Test func theSeedCopiedAsOneLineGivesItsTasks() throws {
        // The seed (inputs/, the meeting report this project started from) as a web page's run-on copy: its
        // paragraphs glued into one line. What the meeting said (会议指出，…。会议要求，一要…) opens a paragraph again.
        let seed = try String(contentsOf: Fixtures.inputs.appendingPathComponent("000_4d3a807c9cf0d20c.txt"), encoding: .utf8)
        let paragraphs = seed.split(whereSeparator: \.isNewline).map(String.init)
        let glued = paragraphs.joined()
        let a = try extract(seed), b = try extract(glued + "\n")
        #expect(a.tasks.count == 6)
        #expect(b.tasks.map(\.text) == a.tasks.map(\.text))
        #expect(b.tasks.map { $0.deadline?.date } == a.tasks.map { $0.deadline?.date })
    }

    @Test func aRunOnCopysAnnexAfterItsPublicationNoteIsNoBody() throws {
        // Project-written. The signature, the publication note, then the annex's list, all on one line.
        let x = try extract("某市人民政府办公室关于对第一次大督查发现的典型经验做法给予表扬的通报\n为表扬先进，现对10项典型经验做法予以通报表扬。各地区、各部门要认真学习借鉴，狠抓工作落实。某市人民政府办公室2025年3月1日（此件公开发布）附件某市第一次大督查发现的典型经验做法（共10项）1.某区推进政务服务改革。2.某县加强河湖管护。3.某镇推行网格化管理。\n")
        #expect(x.tasks.map(\.text) == ["各地区、各部门要认真学习借鉴，狠抓工作落实。"])
        #expect(x.document.date == Day(year: 2025, month: 3, day: 1))
    }

    @Test func runOnSectionsMayBeWrittenWithADot() throws {
        // Project-written. Some county files write 一. for 一、, also before a year (二.2025年工作计划).
        let x = try extract("某镇2024年工作总结及2025年工作计划 一.2024年工作总结 今年来，全镇完成各项任务。二.2025年工作计划 1.镇农业办要在5月底前完成高标准农田建设。2.镇安监站要持续开展隐患排查。三.保障措施 各村要加强值班值守。\n")
        #expect(x.document.title == "某镇2024年工作总结及2025年工作计划")
        #expect(x.tasks.map(\.text) == ["镇农业办要在5月底前完成高标准农田建设。", "镇安监站要持续开展隐患排查。", "各村要加强值班值守。"])
        #expect(x.tasks.first?.deadline?.date == Day(year: 2025, month: 5, day: 31))
    }

    @Test func metricsKeepNumberUnitAndQualifier() throws {
        let x = try extract("会议指出，累计供水近16亿立方米，增长5%左右，新增就业40万人以上。\n")
        #expect(x.metrics.map(\.text) == ["近16亿立方米", "5%左右", "40万人以上"])
        #expect(x.metrics[0].qualifier == "近")
        #expect(x.metrics[0].unit == "亿立方米")
    }

    @Test func everySentenceOfAnItemNamesItsOwners() throws {
        // Project-written text. Each sentence that opens with units before its action adds owners; a list may share
        // its ending (财政、医保部门); 各地可以… names no 各地可; a unit with its variant suffix in brackets is one unit;
        // 由 and a unit inside a clause owns the action after it; a word of manner (按程序) is no part of a unit.
        let x = try extract("""
        某市关于做好试点工作的通知
        一、明确职责分工
        （一）明确部门职责。各地可以指定部门或机构实施绩效考核。卫生健康行政部门监督指导公立医院落实“四统一”要求。财政、医保、组织部门研究建立考核结果应用机制。
        （二）加强组织领导。试点地区要高度重视试点工作。试点地区政府办公厅（室）对试点工作的统筹推进负总责。
        （三）落实经费保障。转制时由财政部门一次性拨付解决。
        （四）做好登记工作。机构编制部门按程序做好移交涉及的机构编制工作。
        """)
        #expect(x.tasks.count == 4)
        #expect(x.tasks[0].lead == ["卫生健康行政部门", "财政部门", "医保部门", "组织部门"])
        #expect(x.tasks[1].lead == ["试点地区", "试点地区政府办公厅(室)"])
        #expect(x.tasks[2].lead == ["财政部门"])
        #expect(x.tasks[3].lead == ["机构编制部门"])
    }

    @Test func anOrderInTheMannerOfARequirementKeepsItsSubject() throws {
        // Project-written text: 按照…要求， is how the order is to be carried out, not who said it; each sentence
        // with its own subject is a task, subject and all. The partners listed after 会同 end where their verb begins.
        let x = try extract("""
        某市试点工作方案
        各试点城市要按照《方案》要求，结合实际制定实施方案，确保落实试点各项任务。相关省份要密切跟踪试点落实情况。
        名单由市委宣传部会同市财政局、市税务局确定并公布。
        """)
        #expect(x.tasks.map(\.lead) == [["各试点城市"], ["相关省份"], ["市委宣传部"]])
        #expect(x.tasks[0].text.hasPrefix("各试点城市要按照"))
        #expect(x.tasks[2].support == ["市财政局", "市税务局"])
    }

    @Test func aForwardingNoticeOrdersWhatItsAddresseesAreToDo() throws {
        // Project-written text. The office that forwards a report issues the notice; a unit that has done something
        // (确定了) reports history; units named in clauses of their own, even with an aside (特别是…), own the order
        // that follows (要…); 由X和Y统一管理 names two owners; a verb inside a name (设法查找日军…) names no unit.
        let x = try extract("""
        某省人民政府办公厅转发省地震局关于加强防震减灾工作意见的通知
        某政办发〔1996〕2号
        省地震局在综合考虑震情趋势的基础上，确定了重点监视防御区。各市、各部门要按照有关要求，抓好各项措施的落实。
        各市、各部门，特别是重点监视防御区所在地，要尽早组织开展防震减灾宣传教育活动。
        一、这项工作由省外事办和省公安厅统一归口管理。
        二、要加强调查取证工作，设法查找日军在本省储存化学武器的文件资料。
        某省人民政府办公厅
        一九九六年二月五日
        """)
        #expect(x.document.issuer == "某省人民政府办公厅")
        #expect(x.document.date?.iso == "1996-02-05")
        #expect(x.tasks.map(\.lead) == [["各市", "各部门"], ["各市", "各部门"], ["省外事办", "省公安厅"], []])
    }

    @Test func itemsOfARecordBelongToTheUnitsItLabels() throws {
        // Project-written text: a record labels its units (承办单位：…) and reports item by item; each item is theirs,
        // whatever office of theirs its text names.
        let x = try extract("""
        某县人大代表建议办理情况公开内容
        某县人大代表建议办理情况公开内容 第1001号事 由：关于改造老旧小区的建议提建议人：李四代表承办单位：县住建局代表反馈：满意办理情况：县住建局已完成改造。 第1002号事 由：关于改善城东路口通行的建议提建议人：张三代表承办单位：县公安局代表反馈：满意办理情况：一、关于调整信号灯配时的建议。县公安局交警大队通过优化信号灯配时，已完成调整。二、关于增设红绿灯的建议。该路口距离南侧信号灯仅200余米，暂不具备设置条件。
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks.map(\.lead) == [["县住建局"], ["县公安局"], ["县公安局"]])
    }

    @Test func aRunOnCopyEndsAtTheSignatureBeforeItsAnnexes() throws {
        // Project-written text, one run-on line as a web page gives it: the attachment list, the signature and the
        // annexes after it are no tasks; the signature dates the text and the unit between the number and 关于
        // issues it; a recurring duty in one clause does not make the next clause's own date recurring.
        let x = try extract("""
        标题: 关于推进安全生产标准化建设工作的通知
        发布时间: 2015-03-23 09:59
        发布机构: 中国某地
        某综管〔2015〕66号某县人民政府关于推进安全生产标准化建设工作的通知各乡镇人民政府：现提出以下意见：一、企业标准化各行业主管部门要把标准化建设摆上重要议事日程，统计表应于每季度首月10号前报送县安办，年度工作总结应于12月20日前报送县安办。二、个体工商户标准化各行业主管部门应确定本行业开展创建的个体工商户名单。联系人：张三，电话：0591-1234567附件：1.个体工商户建设情况统计表 2.个体工商户建设情况表某县人民政府 2015年3月19日 附件1个体工商户建设情况统计表填报单位（盖章）：1.证照齐全，符合登记核准范围50不得分。2.特种作业人员持证上岗50扣完为止。
        """)
        #expect(x.document.date?.iso == "2015-03-19")
        #expect(x.document.issuer == "某县人民政府")
        #expect(x.tasks.count == 2)
        #expect(x.tasks.map(\.lead) == [["各行业主管部门"], ["各行业主管部门"]])
        #expect(x.tasks[0].deadline?.date?.iso == "2015-12-20")
    }

    @Test func aDivisionOfDutiesNamesEachUnitOnce() throws {
        // Project-written text. A unit with the role it plays in brackets is the unit; a clause that opens with 负责
        // names no unit; a bank branch is a unit; the items a heading lists after 包括： are no tasks; a count of
        // working days from an event of the procedure (自收到…之日起) has no date, one from the document has.
        let x = try extract("""
        某县人民政府关于加强保障性住房联合审查的通知
        一、审查对象申请保障性住房的对象，包括：
        （一）公共租赁住房申请对象；
        （二）租赁补贴申请对象。
        二、职责分工各乡镇人民政府负责申请受理，并提出初审意见。县住建局（住房保障部门）负责资格审查的综合协调；负责组织相关部门复核认定。人民银行某县支行负责协调各银行业金融机构配合提供账户信息。
        三、复审县住建局自收到乡镇人民政府申请材料之日起3个工作日内发起联查。
        四、各乡镇人民政府要在本通知印发之日起10个工作日内报送联络员名单。
        某县人民政府
        2025年6月3日
        """)
        #expect(x.tasks.count == 3)
        #expect(x.tasks[0].lead == ["各乡镇人民政府", "县住建局", "人民银行某县支行"])
        #expect(x.tasks[0].support.isEmpty)
        #expect(x.tasks[1].deadline?.date == nil)
        #expect(x.tasks[2].deadline?.date?.iso == "2025-06-17")
    }

    @Test func aMeasureThatKeepsRisingIsATrendNotAnOngoingDuty() throws {
        // Project-written text: 比重持续提升 is the aim; 持续推进 is a duty that does not end.
        let x = try extract("某市工作会议纪要\n会议要求，要打好政策组合拳，推动先进产能比重持续提升。要持续推进老旧小区改造。\n")
        #expect(x.tasks.map { $0.deadline?.ongoing ?? false } == [false, true])
        // 不断取得突破, 持续增强: a duty that never ends.
        let y = try extract("某市工作会议纪要\n会议要求，要在科技创新上不断取得突破。要持续增强发展动能。\n")
        #expect(y.tasks.map { $0.deadline?.ongoing ?? false } == [true, true])
    }

    @Test func aReplyTellsTheRequestFromTheProgressMade() throws {
        // Project-written text: what a request asks for (请求，…予以支持) reports no progress; the unit that opens the
        // answer owns the request it answers; 中长期 names a kind of plan, not an ongoing duty.
        let x = try extract("""
        某省人民政府办公厅关于某市所提问题和建议办理情况的函
        某市人民政府：
        现将有关情况函复如下：
        一、关于隧道建设问题。你市请求，省里对隧道建设予以支持。
        省发展改革委研究提出了办理意见：省发展改革委已上报了中长期发展规划，待省政府批准后，将组织专家对该项目的资源可靠性、经济和社会效果、生态环境影响等进行全面分析研究和评估论证。
        二、关于机场建设问题。你市请求，省里加大对机场建设的支持力度。
        省交通运输厅研究提出了办理意见：目前该项目的主要问题是资金筹措上有缺口，省交通运输厅正在会同你市加快推进该项目前期工作，研究落实资金筹措方案。
        某省人民政府办公厅
        2004年10月15日
        """)
        #expect(x.document.kind == .progress)
        // (Since the eleventh session the answer continues its request's item: one task a request handled.)
        #expect(x.tasks.count == 2)
        #expect(x.tasks[0].lead == ["省发展改革委"])
        #expect(x.tasks[0].deadline?.ongoing != true)
        #expect(x.tasks[1].lead == ["省交通运输厅"])
        #expect(x.tasks[1].status == .inProgress, "正在会同你市加快推进 in the answer")
    }

    @Test func aDeadlineBeforeTheUnitsIsNoPartOfThem() throws {
        // Project-written text: 2024年12月底前 opens the clause; the units after it own the duty.
        let x = try extract("某省工作会议纪要\n会议要求，持续规范非现场执法，2024年12月底前县级以上地方人民政府有关部门、乡镇人民政府要完成电子技术监控设备清理工作。\n")
        #expect(x.tasks.first?.lead == ["县级以上地方人民政府有关部门", "乡镇人民政府"])
        #expect(x.tasks.first?.deadline?.date?.iso == "2024-12-31")
    }

    @Test func aSignatureAfterAClosingCallIsNoPartOfTheLastItem() throws {
        // Project-written text, one run-on line: the closing call ends with ！, then the signature and the page footer;
        // the signature's date is no deadline of the last item. A word of time (不定期) stands outside the unit.
        let x = try extract("""
        关于加强海上捕捞设施管理工作的通知
        某县人民政府关于加强海上捕捞设施管理工作的通知各乡镇人民政府：现通知如下：一、强化管理，落实责任。县海洋与渔业执法大队不定期对海上捕捞设施进行巡查管理。二、协同配合，形成合力。各级各部门应按各自职责分工加强管理，宣传部门应加大宣传力度。本通知自发布之日起生效，请认真遵照执行！某县人民政府2015年7月1日 来源：中国某县 附件下载
        """)
        #expect(x.tasks.count == 2)
        #expect(x.tasks[0].lead == ["县海洋与渔业执法大队"])
        #expect(x.tasks[1].deadline?.date == nil)
        #expect(x.document.date?.iso == "2015-07-01")
    }

    @Test func aSentenceThatSaysWhatSomethingIsIsNoOrder() throws {
        // Project-written text: a one-clause 是 statement opens with a word that is also a verb (改革), yet orders nothing.
        let x = try extract("某市工作会议纪要\n会议指出，改革开放是事业发展的重要法宝。要加快推进重点领域改革。\n")
        #expect(x.tasks.map(\.text) == ["要加快推进重点领域改革。"])
    }

    @Test func aDocumentWithoutADateTakesTheYearOfItsNumber() throws {
        // Project-written text: 国办发〔2018〕123号 was issued in 2018, whatever target year (到2022年) it names.
        let x = try extract("某省人民政府办公厅关于推进政务新媒体发展的意见\n某政办发〔2018〕12号\n到2022年，建成政务新媒体矩阵体系。\n各市县要在年底前完成账号清理整合。\n")
        #expect(x.document.year == 2018)
        #expect(x.tasks.last?.deadline?.date?.iso == "2018-12-31")
    }

    @Test func aLabelledTitleLineLosesItsLabel() throws {
        let x = try extract("标题: 某市水利局2024年工作总结暨2025年工作计划\n发布时间: 2025-09-10 10:25\n发布机构: 行政科\n二、2025年工作计划\n一是加快推进项目建设。\n")
        #expect(x.document.title == "某市水利局2024年工作总结暨2025年工作计划")
        #expect(x.document.issuer == "某市水利局")
    }

    @Test func parallelItemsAreHeadingsAlikeOverOneTitledParagraph() throws {
        // Project-written text: （一） groups two titled paragraphs, so （二）, its sibling, groups its one titled paragraph
        // too; the items' own run-on title sentences are headings, not tasks.
        let text = """
        某市2026年政府工作报告
        三、2026年重点工作
        （一）扩大有效需求，推动经济稳中向好。突出内需主导，拓展增量，提升效益，畅通循环。
        实施提振消费行动。开展以旧换新活动，培育新型消费业态，办好各类消费节会活动。
        扩大有效投资。实施重点项目三百个以上，加快推进城市更新和交通基础设施建设。
        （二）加快产业体系建设，发展壮大实体经济。坚持智能化方向，优化提升传统产业，培育新兴产业。
        巩固提升优势产业。完善支持制造业发展的政策措施，促进制造业提高占比和提质增效。

        """
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(8)) } == ["实施提振消费行动", "扩大有效投资。实", "巩固提升优势产业"])
    }

    @Test func anUntitledParagraphBeforeTitledOnesIntroducesItsSection() throws {
        // Project-written text: under a title-only heading, 坚持…，不断提升…。 sums the section up before the titled
        // paragraphs that are its items.
        let text = """
        某市2026年政府工作报告
        三、2026年重点工作
        （一）增强内需主导能力，巩固经济向好势头
        坚持惠民生和促消费紧密结合，着力扩大内需，不断增强内需拉动经济增长主动力作用。
        大力提振消费。研究制定城乡居民增收政策，增强居民消费能力，优化商业载体布局。
        积极扩大有效投资。加快推进重点工程建设，扎实做好项目储备，保持开一备三强度。

        """
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["大力提振消费", "积极扩大有效"])
        // An order to named bodies in the same place is a task.
        let y = try extract(text + """
        四、全面提升政府治理效能
        完成新任务，各级政府必须旗帜鲜明讲政治，全面提高履职能力。
        当好创造性执行者。坚守政府执行机关定位，不折不扣贯彻落实决策部署。
        当好为民施政的勤务员。坚持为人民出政绩，在政府服务上多下功夫。

        """)
        #expect(y.tasks.count == 5)
        #expect(y.tasks[2].text.hasPrefix("完成新任务，各级政府必须"))
        // A government work report sets the government's own work: the bodies it names own no item.
        #expect(y.tasks[2].lead == [])
    }

    @Test func aRunOnWorkReportWithOfficeNotes() throws {
        // Project-written text in the shape of a web copy: one run-on line, a space before 三、, a long labelled title
        // that names two periods, items closed by 责任处室 notes, partners after 同时联合.
        let text = """
        标题: 某区社会事业局关于2022年依法行政工作情况暨2023年工作要点的报告及下一步打算说明
        发布时间: 2023-03-31 10:09
        根据工作要求，将我局有关工作情况总结如下：一、工作开展情况（一）加强组织领导一是成立法治建设工作领导小组，负责牵头开展全系统的法治建设工作。二是加强制度建设，明确各处室法治建设工作职责及任务。二、存在问题一是纠纷案件还时有发生且处理难度较大；二是部门间联合联动机制尚未形成。 三、下一步工作计划（一）大力开展干部职工法治教育学习，增强干部职工依法行政的自觉性和责任感。（责任处室：各处室）（二）深化改革，提升服务效能。简化流程，压缩时限。同时联合区公安局、区行政审批局等部门，共同探索推出集成套餐服务。（责任处室：法规安全处）

        """
        let x = try extract(text)
        #expect(x.document.title == "某区社会事业局关于2022年依法行政工作情况暨2023年工作要点的报告及下一步打算说明")
        #expect(x.document.kind == .summary)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["大力开展干部", "深化改革，提"])
        #expect(x.tasks.map(\.lead) == [["各处室"], ["法规安全处"]])
        #expect(x.tasks.map(\.support) == [[], ["区公安局", "区行政审批局"]])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2023-12-31", "2023-12-31"])
    }

    @Test func theReplyToOneSuggestionIsOneTrackedTask() throws {
        // Project-written text in the shape of a published reply: the record of a suggestion handled is one task,
        // owned by its 主办单位 (the next label, 委员反馈, cut whole), with the status its reply reports; the measures
        // of the reply (一是…二是…) are no tasks of their own.
        let text = """
        标题: 关于加快老旧小区改造的建议
        发布时间: 2025-12-31 11:00
        5号提案案 由：关于加快老旧小区改造的建议提 案 人：某委员主办单位：区住建局委员反馈：满意办复内容：一是关于改造计划事宜。已完成三个小区改造方案编制。二是关于资金事宜。目前正在开展资金测算工作，下一步将争取上级补助资金。

        """
        let x = try extract(text)
        #expect(x.document.kind == .progress)
        #expect(x.tasks.count == 1)
        #expect(x.tasks.first?.lead == ["区住建局"])
        #expect(x.tasks.first?.status == .inProgress)
    }

    @Test func aParagraphThatExplainsTheTargetsOrdersNothing() throws {
        // Project-written text: after the targets, 确定上述目标，…考虑了… explains them and ends on a call to reach them.
        let text = """
        某市2026年政府工作报告
        三、2026年重点工作
        经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业5万人以上。
        确定上述目标，坚持实事求是、积极作为的原则，统筹考虑了宏观形势和基础条件。我们必须奋力实现各项发展目标。
        （一）扩大有效需求
        实施提振消费行动。开展以旧换新活动，培育新型消费业态，办好各类消费节会活动。

        """
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(8)) } == ["实施提振消费行动"])
    }

    @Test func aGovernmentWorkReportSetsTheWorkOfItsYear() throws {
        // Project-written text: a section of a 政府工作报告 that names no period (四、提升政府治理效能) still holds this
        // year's work.
        let text = """
        2026年某省政府工作报告
        三、2026年重点工作
        （一）扩大有效需求
        实施提振消费行动。开展以旧换新活动，培育新型消费业态，办好各类消费节会活动。
        四、全面提升政府治理效能
        当好创造性执行者。坚守政府执行机关定位，不折不扣贯彻落实决策部署。
        当好为民施政的勤务员。坚持为人民出政绩，在政府服务上多下功夫。

        """
        let x = try extract(text)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2026-12-31", "2026-12-31", "2026-12-31"])
    }

    @Test func aTrendThatKeepsImprovingIsNoOngoingDuty() throws {
        // Project-written text: 长期向好 describes the economy; the order (要增强信心) has no end date of its own.
        let x = try extract("某市工作会议纪要\n会议指出，经济回升向好、长期向好的基本趋势没有改变，要增强信心和底气。要持续推进重点项目建设。\n")
        #expect(x.tasks.map { $0.deadline?.ongoing ?? false } == [false, true])
        // 不断取得突破, 持续增强: a duty that never ends.
        let y = try extract("某市工作会议纪要\n会议要求，要在科技创新上不断取得突破。要持续增强发展动能。\n")
        #expect(y.tasks.map { $0.deadline?.ongoing ?? false } == [true, true])
    }

    @Test func anAccidentNoticeReportsWhereThingsStandNow() throws {
        // Project-written text: a 关于 title over three lines reaches its type (通报) on the third; the notice's
        // narrative says where things stand now (目前，…已经…), a tracked item with its status; its requirements stay
        // orders, each enumerated action a task.
        let text = """
        某省人民政府办公厅关于
        两起较大道路交通事故
        调查处理情况的通报
        各市、县人民政府：
        经调查认定，两起事故均为责任事故。目前，两起事故的有关责任人员已经受到党纪政纪处分。
        为深刻吸取教训，特提出如下要求：
        一、落实安全生产责任。各地要高度重视。一是落实属地责任。各市要健全安全生产责任制。二是加大安全投入。各县要建立安全投入保障机制。

        """
        let x = try extract(text)
        #expect(x.document.title == "某省人民政府办公厅关于两起较大道路交通事故调查处理情况的通报")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["目前，两", "落实属地", "加大安全"])
        #expect(x.tasks.first?.status == .done)
    }

    @Test func minutesSayWhoChairedAndWhoAttended() throws {
        // Project-written minutes: labelled fields give the meeting's day, its chair and who attended; the
        // signature's unit still issues them.
        let m = try extract("""
        某市政府常务会议纪要
        时间：2025年3月12日
        主持人：张某某
        出席人员：李某、王某、赵某
        会议议定事项如下：
        一、关于供水管网改造事项
        会议决定，由市水务局牵头，于2025年6月底前完成改造方案编制。
        市政府办公室
        2025年3月13日

        """)
        #expect(m.document.date?.iso == "2025-03-12")
        #expect(m.document.dateSource == "meeting")
        #expect(m.document.issuer == "市政府办公室")
        #expect(m.document.host == "张某某")
        #expect(m.document.attendees == ["李某", "王某", "赵某"])
        // A report of a meeting says so in sentences; a time before 主持 and the verb after each group go.
        let r = try extract("""
        某市召开防汛工作会议
        5月6日下午，市长王某某主持召开全市防汛工作会议。副市长李某，各区政府、市有关部门负责同志参加会议。
        会议要求，各区要在5月底前完成隐患排查。

        """, reference: Day(year: 2025, month: 5, day: 6))
        #expect(r.document.host == "市长王某某")
        #expect(r.document.attendees == ["副市长李某", "各区政府、市有关部门负责同志"])
        // A news item without a headline: its lead opens with the day and the time of day, and says what the meeting
        // did (传达学习…等事宜) before who came; neither is the title or a group of attendees.
        let h = try extract("2025年7月1日上午，区长王某主持召开区政府第15次常务会议，传达学习防汛工作的重要指示精神等事宜，副区长李某、赵某出席会议。\n会议强调，要扎实做好防汛准备。\n")
        #expect(h.document.title == "区政府第15次常务会议")
        // A lead that opens with its purpose (为回顾…，明确…) names the meeting in the clause that convenes it; a
        // meeting to sum up half a year is a meeting, its chair named at the clause's end (会议由…主持).
        let p = try extract("为回顾上半年工作，明确下半年方向，7月25日，某中心召开2024年上半年工作总结会。会议由中心主任王某主持。\n王某强调，一是要统一思想。二是要强化担当。\n")
        #expect(p.document.title == "2024年上半年工作总结会")
        #expect(p.document.kind == .minutes)
        #expect(p.document.host == "中心主任王某")
        #expect(h.document.attendees == ["副区长李某、赵某"])
        // A news item filed under its day of broadcast: the lead says the day the meeting was held (6日), the chair's
        // clause is no group of attendees, and a meeting over days takes its last.
        let n = try extract("某工作座谈会在京召开\n央视网消息：某工作座谈会6日在京召开，要深入推进重点工作。\n某某主持会议，某某某出席会议。\n", name: "news-20231107.txt")
        #expect(n.document.date?.iso == "2023-11-06")
        #expect(n.document.host == "某某")
        #expect(n.document.attendees == ["某某某"])
        let m2 = try extract("某工作会议在京召开\n央视网消息：某工作会议17日至18日在北京召开。\n", name: "news-20241218.txt")
        #expect(m2.document.date?.iso == "2024-12-18")
        // The lead names month and day (5月13日，某部召开…); those who attend and speak are attendees, one who only
        // speaks is not; the news of the meeting, with the purposes it lists, is no order.
        let w = try extract("""
        某部召开工程管理工作会
        5月13日，某部在某市召开工程管理工作会，深入贯彻落实决策部署，总结上年工程管理工作，部署今年重点工作。某部副部长某某出席会议并讲话，某省副省长某某某出席会议并致辞，某部总工程师某某作总结讲话。
        """, name: "news-20240514.txt")
        #expect(w.document.date?.iso == "2024-05-13")
        #expect(w.document.attendees == ["某部副部长某某", "某省副省长某某某"])
        #expect(w.tasks.isEmpty)
        // The first year a text names may be of an event it recalls (2021年5月14日…的重要讲话): the file's date says
        // which year the meeting's day is in.
        let recalled = try extract("某部召开座谈会\n5月13日，某部召开座谈会，强调要深入学习贯彻2021年5月14日座谈会上的重要讲话精神。\n", name: "news-20220514.txt")
        #expect(recalled.document.date?.iso == "2022-05-13")
        // …出席会议并讲话，强调要…: what the speaker stresses is an order, though no comma follows 强调.
        let stressed = try extract("某部召开座谈会\n5月13日，某部召开座谈会。部长某某出席会议并讲话，强调要扎实做好各项工作。副部长某某主持会议。\n", name: "news-20220514.txt")
        #expect(stressed.tasks.map(\.text) == ["要扎实做好各项工作。"])
        // A day that opens the lead is its dateline; a lead that says a meeting was convened makes the news minutes;
        // the news of it (…针对当前…，某委员会组织召开会议…) orders nothing; a group that asks (检查组要求X…) is no owner.
        let dl = try extract("""
        某委员会研究部署供水保障工作
        12月22日，针对当前来水持续偏枯等情况，某委员会以视频方式组织召开会议，研究部署供水保障重点工作。
        检查组要求各级各有关部门全力做好防汛度汛工作，确保工程安全。
        """, name: "news-20221227.txt")
        #expect(dl.document.date?.iso == "2022-12-22")
        #expect(dl.document.kind == .minutes)
        #expect(dl.tasks.map(\.lead) == [["各级各有关部门"]])
        let ordered = try extract("各区要于6月30日前召开专题会议，部署整改工作。\n", name: "notice-20240514.txt")
        #expect(ordered.tasks.count == 1)
        let decided = try extract("某专题会议纪要\n会议决定，于12月10日召开全区动员大会，部署整治工作。\n", name: "m-20241201.txt")
        #expect(decided.tasks.count == 1, "a meeting the minutes decide to hold is an order")
    }

    @Test func itemsWithLabelledLinesOfLeaderLeadAndPartners() throws {
        // Each item is followed by lines that label its leader (a person, no unit), its lead and its partners
        // (协同责任单位 is a partner's label, though it ends with 责任单位); a target given to a unit this way is a task.
        let x = try extract("""
        某市人民政府关于2020年市政府重点工作及责任分解的通知
        各县、市、区人民政府，市政府各部门：
        现将2020年市政府重点工作及责任分解如下，请认真抓好落实。
        一、确保完成全年主要预期目标
        1. 财政收入增长8%左右。
        牵头负责领导：某某。
        牵头责任单位：市财政局。
        协同责任单位：市税务局、某州海关、市人行，各县、市、区政府。
        二、扎实推进产业发展
        2. 加快推进新型工业化，实施制造业提升行动。
        责任领导：某某某。
        牵头责任单位：市经信局。
        协同责任单位：市科技局。
        """, name: "n-20200203.txt")
        #expect(x.tasks.map(\.text) == ["财政收入增长8%左右。", "加快推进新型工业化，实施制造业提升行动。"])
        #expect(x.tasks.map(\.lead) == [["市财政局"], ["市经信局"]])
        #expect(x.tasks.map(\.support) == [["市税务局", "某州海关", "市人行", "各县、市、区政府"], ["市科技局"]])
        // A target with no unit of its own stays a target.
        let y = try extract("某市2020年工作安排\n一、主要预期目标\n1. 财政收入增长8%左右。\n2. 新增就业1万人。\n", name: "n-20200203.txt")
        #expect(y.tasks.isEmpty)
    }

    @Test func aNoticeOnHowAWorkReportsTasksStandIsProgressNotAReport() throws {
        // The work report the title names is what the notice is about; the sentence that opens the report on what was
        // found (现将…予以通报) and the overall finding (从督查情况看，…) are no tasks; 未达序时 is behind schedule.
        let x = try extract("""
        2019年县政府工作报告三季度完成情况通报
        按照县政府分解落实方案要求，县政府督查室对目标任务三季度完成情况进行了专项督查，现将相关情况予以通报。
        从督查情况看，大多数责任单位对分解的目标任务均能高度重视，强化工作落实，各项目标任务取得了新的突破。
        督查中发现，县住建局负责的安置小区一期项目未达序时。
        下一步，各乡镇、各相关部门要倒排时间节点，进一步落实责任。
        """, name: "p-20191016.txt")
        #expect(x.document.kind == .progress)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.first?.status == .delayed)
        #expect(x.tasks.last?.lead == ["各乡镇", "各相关部门"])
        let y = try extract("某旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知\n一、旗政府督查室要建立重点任务落实台账。\n", name: "d.txt")
        #expect(y.document.kind == .division)
        #expect(y.tasks.first?.lead == ["旗政府督查室"])
    }

    @Test func whatAnOfficeMeetingAsksIsATaskWithOrWithout要() throws {
        // 会议要求，进一步修改完善方案后，尽快印发实施。 orders without 要, also after a clause of manner; 要对照方案目标要求，…
        // is an order that ends its first clause with 要求, not a said-lead; an approval (会议原则同意…) and what the
        // meeting said of a thing (会议指出，进一步推动…需要克服…) order nothing.
        let x = try extract("""
        局长办公会会议纪要
        会议原则同意《某市扶持建筑业骨干企业发展实施方案》。会议要求，按照会议研究的意见，进一步修改完善方案后，尽快印发实施。要对照方案目标要求，认真落实具体扶持政策。
        会议指出，进一步推动经济回升向好需要克服一些困难和挑战。
        """, name: "m-20210816.txt")
        #expect(x.tasks.map(\.text) == ["按照会议研究的意见，进一步修改完善方案后，尽快印发实施。", "要对照方案目标要求，认真落实具体扶持政策。"])
        // A December meeting that discusses next year's plan (2024年工作要点) was held in the year before.
        let y = try extract("某领导小组会议召开\n12月7日，某领导小组会议召开。\n会上，讨论了《某领导小组2024年工作要点》。\n", name: "n.txt")
        #expect(y.document.date?.iso == "2023-12-07")
    }

    @Test func theNewsOfAnExecutiveMeetingIsNoTaskAndSaysWhoSatIn() throws {
        // The opening paragraph (主持召开…会议，…出席会议；…应邀列席会议。…在研究相关议题时列席。) reports the meeting;
        // how or when people came is no part of who came; what the meeting stresses is the task.
        let x = try extract("""
        某某主持召开区政府第25次常务会议
        2月13日上午，区长某某主持召开区政府第25次常务会议，区领导甲某、乙某出席会议；区政协副主席丙某应邀列席会议。区政府有关部门负责同志在研究相关议题时列席。
        会议强调，要进一步细化分解政府工作报告明确的工作任务。
        """, name: "e-20230213.txt")
        #expect(x.tasks.map(\.text) == ["要进一步细化分解政府工作报告明确的工作任务。"])
        #expect(x.document.attendees == ["区领导甲某、乙某", "区政协副主席丙某", "区政府有关部门负责同志"])
    }

    @Test func aProgressTableGivesEachTaskItsStatus() throws {
        // …推进情况的通报 with a table whose 推进情况 column says where each task stands.
        let x = try extract("关于2024年重点工作任务推进情况的通报\n序号\t工作任务\t责任单位\t推进情况\n1\t完成污水处理厂提标改造\t县住建局\t已完成主体工程，正在调试\n2\t新建农村公路50公里\t县交通运输局\t进度滞后\n3\t建成智慧停车平台\t县城管局\t已完成\n4\t扩建陆岛码头\t县交通局\t已纳入规划，推进前期工作\n", name: "p-20240715.txt")
        #expect(x.document.kind == .progress)
        #expect(x.tasks.map(\.status) == [.inProgress, .delayed, .done, .inProgress])
    }

    @Test func aVisionsHorizonIsNoYearOfThePlanAndAnIntroDatesItsItems() throws {
        // 规划和2035年远景目标纲要任务分工方案 of 2021: the plan's year is 2021, its items are due by the intro's 到2025年.
        let x = try extract("""
        某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案
        一、主要指标
        到2025年，全市经济社会发展主要指标如下：
        1.地区生产总值年均增长7%以上。（牵头单位：市发改委）
        2.全员劳动生产率增长高于地区生产总值增长。（牵头单位：市统计局）
        """, name: "p-20211231.txt")
        #expect(x.document.year == 2021)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2025-12-31"])
    }

    @Test func aNameThatEndsLikeAVerbBeforeItsModalIsWhole() throws {
        // 各级党组织要…: 组织 ends the name (it is no verb before 要); the news of a plenary's opening is minutes.
        let x = try extract("某某全会在京开幕\n会议强调，各级党组织要加强自身建设。\n", name: "n-20241212.txt")
        #expect(x.document.kind == .minutes)
        #expect(x.tasks.first?.lead == ["各级党组织"])
    }

    @Test func aUnitThenAWordOfManner依职责OwnsTheAction() throws {
        // 各有关部门依职责管理指导…: the word of manner stands between the unit and its action, in an enumerated item
        // and in a paragraph under a heading.
        let x = try extract("某通知\n（一）维护国家安全。各自贸试验区要牢固树立总体国家安全观。各有关部门依职责管理指导本系统国家安全工作。\n", name: "n.txt")
        #expect(x.tasks.first?.lead == ["各自贸试验区", "各有关部门"])
        let y = try extract("某意见\n一、加强安全\n维护国家安全。各自贸试验区要牢固树立总体国家安全观。各有关部门依职责管理指导本系统国家安全工作。\n", name: "n.txt")
        #expect(y.tasks.first?.lead == ["各自贸试验区", "各有关部门"])
        // After a clause that is only a time (2019年上半年，), the unit before the action owns it.
        let z = try extract("某方案\n（一）制定实施方案。试点城市负责编制实施方案。2019年上半年，试点城市政府印发实施方案。\n", name: "n.txt")
        #expect(z.tasks.first?.lead == ["试点城市", "试点城市政府"])
        // The 各X (with its variants in brackets) whose report it is owns the duty to send it, also when the duty
        // follows in the next clause.
        let r = try extract("某方案\n一、加强领导。各地要加强组织领导。\n各省（自治区、直辖市）治理工作方案、反映意见渠道以及摸底排查、整改等情况，要及时报送治理工作联合办公室。\n", name: "n.txt")
        #expect(r.tasks.last?.lead == ["各省(自治区、直辖市)"])
        // Units, then a clause of what they go by (根据有关规定，), then their duty (负责…).
        let g = try extract("某意见\n（一）完善管理制度。科研单位要健全内部管理制度。各地区、各有关部门根据有关规定，负责指导所属科研单位制定管理办法。\n", name: "n.txt")
        #expect(g.tasks.first?.lead == ["科研单位", "各地区", "各有关部门"])
    }

    @Test func draftingAFiveYearPlanIsDueThisYearNotAtThePlansEnd() throws {
        // 开展“十五五”规划编制工作: the five-year period is the plan's subject; the task is due by 今年.
        let x = try extract("""
        2025年某省政府工作报告
        三、2025年政府工作任务
        今年将开展“十五五”规划编制工作。要深入分析“十五五”时期新的阶段性特征，科学确定发展目标。
        """, name: "r.txt")
        #expect(x.tasks.first?.deadline?.date?.iso == "2025-12-31")
        // 全力做好今年经济工作，认真谋划好“十四五”工作: the scope the orders after it take is this year.
        let y = try extract("某委员会会议召开\n9月8日，某委员会召开第一次会议。\n会议强调，全区各级各部门要全力做好今年经济工作，认真谋划好“十四五”工作。\n会议要求，要强化责任落实。\n", name: "m-20200910.txt")
        #expect(y.tasks.map { $0.deadline?.date?.iso } == ["2020-12-31", "2020-12-31"])
    }

    @Test func whenSomethingStartsIsNoDeadline() throws {
        // 于2019年初开始执行…: a start, not the time the task must be done by; 2019年一季度起草 is a deadline.
        let x = try extract("某方案\n（一）执行采购结果。集中采购主体签订购销合同，于2019年初开始执行集中采购结果，周期为1年。\n（二）起草方案。2019年一季度起草并发布采购文件。\n", name: "p.txt")
        #expect(x.tasks.map { $0.deadline?.date?.iso } == [nil, "2019-03-31"])
    }

    @Test func aSuggestionsPageWithItsBreadcrumbOnTheRecordsLineIsItsRecord() throws {
        // 当前位置： 首页…人大议案 关于…的建议 时间：… QQ空间 事 由：…承办单位：…办理情况：…: one tracked task, a progress record.
        let x = try extract("""
        标题: 关于建设某村自来水工程的建议
        发布时间: 2022-01-31 15:14
        发布机构: 某县人民代表大会常务委员会
        当前位置： 首页政务公开人大议案 关于建设某村自来水工程的建议 时间：2022-01-31 15:14 微信 微博 QQ空间 事 由：关于建设某村自来水工程的建议提 案 人：某某代表承办单位：区农业农村局、某水务公司代表反馈：满意办理情况：自来水管道均已铺设，现正在大力推进水厂工程，力争在2022年通水后逐步实现通水目标。
        """, name: "s.txt")
        #expect(x.document.kind == .progress)
        #expect(x.tasks.count == 1)
        #expect(x.tasks.first?.lead == ["区农业农村局", "某水务公司"])
        #expect(x.tasks.first?.status == .inProgress)
    }

    @Test func anItemThatSetsTheScopeOrdersNothing() throws {
        let x = try extract("""
        某实施意见
        一、整治时间及范围。时间安排：5月20日至11月1日。整治范围：老城区、环岛公路。
        二、老城区环境卫生整治。加强环卫巡查，集中清理卫生死角。（责任单位：某镇人民政府）
        """, name: "p.txt")
        #expect(x.tasks.map(\.lead) == [["某镇人民政府"]])
    }

    @Test func anOrderOfMonetaryPolicyOpensWithItsAdverb() throws {
        let x = try extract("某会议召开\n会议强调，要加紧实施更加积极有为的宏观政策。适时降准降息，保持流动性充裕，加力支持实体经济。\n", name: "n-20250425.txt")
        #expect(x.tasks.count == 2)
        #expect(x.tasks.last?.text == "适时降准降息，保持流动性充裕，加力支持实体经济。")
    }

    @Test func aReportsOneSentenceOfHowThingsAreIsNoTask() throws {
        // Under the section of the work ahead, a paragraph of one sentence that neither orders nor opens with an
        // action, and names no one, says how things are.
        let x = try extract("""
        2026年某省政府工作报告
        二、“十五五”时期主要目标任务
        ——坚持全面绿色转型，加快建设美丽某省。协同推进降碳、减污、扩绿、增长。
        各位代表！“十五五”征程波澜壮阔，某省发展前景可期。
        """, name: "r.txt")
        #expect(x.tasks.map(\.text) == ["——坚持全面绿色转型，加快建设美丽某省。协同推进降碳、减污、扩绿、增长。"])
        // What a target is (…是一个既积极有为又切实可行的目标) orders nothing; the last item before the closing call to
        // the deputies (各位代表！新的征程…) is an item, not a heading over the call.
        let y = try extract("""
        2026年某省政府工作报告
        三、2026年的重点工作
        5.5%左右的预期增长目标与发展目标总体衔接，是一个既积极有为又切实可行的目标。
        四、努力建设让人民满意的法治型服务型政府
        （一）旗帜鲜明讲政治。坚持把政治建设摆在首位，不断提高政治判断力、政治领悟力、政治执行力。
        （二）切实加强法治政府建设。坚持严格依法行政，依法接受人大及其常委会法律监督和工作监督。
        各位代表！新的征程已经启航，使命重在担当、实干成就未来。让我们更加紧密地团结在党中央周围，为奋力谱写新篇章而努力奋斗！
        """, name: "r.txt")
        #expect(y.tasks.map(\.text) == ["旗帜鲜明讲政治。坚持把政治建设摆在首位，不断提高政治判断力、政治领悟力、政治执行力。",
                                        "切实加强法治政府建设。坚持严格依法行政，依法接受人大及其常委会法律监督和工作监督。"])
        // The same address before a comma (各位代表，…): left out of the task, and no paragraph of the item above.
        let z = try extract("""
        2026年某市政府工作报告
        四、深入推进政府治理创新
        （一）深化依法行政，推动政府运行更加严格规范。推进科学、民主、依法决策，提升政府立法质效。
        各位代表，支持国防和军队现代化建设是我们义不容辞的责任。我们要强化军地协同联动，深入开展双拥共建。
        """, name: "r.txt")
        // A whole sentence of some length after an item's last sentence is a paragraph of its own, not the wrapped rest
        // of the item; what the government says it will do (我们将…) is a task.
        let w = try extract("""
        2026年某省政府工作报告
        三、2026年重点工作
        （四）更大力度深化改革开放。扎实推进重点改革事项，拓展国际合作空间。进一步优化营商环境。
        我们将一以贯之大力支持国防和军队现代化建设，加强国防教育、国防动员和后备力量建设，巩固提高一体化国家战略体系和能力。
        （五）更高水平促进城乡融合发展。统筹推进城镇化建设和乡村全面振兴。
        """, name: "r.txt")
        #expect(w.tasks.count == 3)
        let v = try extract("2026年某省政府工作报告\n四、努力建设人民满意的服务型政府\n作风建设永远没有休止符，我们将继续加强政府自身建设，强化政治引领。\n", name: "r.txt")
        #expect(v.tasks.count == 1, "what the government says it will do, even after a statement, is its order to itself")
        #expect(w.tasks.map(\.text).contains("我们将一以贯之大力支持国防和军队现代化建设，加强国防教育、国防动员和后备力量建设，巩固提高一体化国家战略体系和能力。"))
        #expect(z.tasks.map(\.text) == ["深化依法行政，推动政府运行更加严格规范。推进科学、民主、依法决策，提升政府立法质效。",
                                        "支持国防和军队现代化建设是我们义不容辞的责任。我们要强化军地协同联动，深入开展双拥共建。"])
    }

    @Test func aWorkReportWithoutItsTitleLineIsAWorkReport() throws {
        // Project-written text: the report opens with its vocative and formula; a body named in passing owns nothing.
        let x = try extract("各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n三、2026年政府工作任务\n（一）稳定粮食生产\n持续增强粮食稳产保供能力。稳定粮食播种面积。各区都要扛稳保障粮食安全责任。\n推进高标准农田建设。新建高标准农田5万亩。\n")
        #expect(x.document.kind == .report)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.allSatisfy { $0.lead.isEmpty })
    }

    @Test func aLetterNamesItsAddresseeByPronoun() throws {
        // Project-written letter: 你省 is the unit the letter is addressed to; a recommendation (建议你省…) asks it to act.
        let x = try extract("""
        某部办公厅关于某县地质灾害有关问题的复函
        某办函〔2024〕8号
        某省人民政府：
        你省的请示收悉。建议你省按照专家组意见，做好地下振动监测工作。你省要在年底前完成危险区居民搬迁。请你省有关部门指导该县做好安置工作。
        某部办公厅
        2024年3月1日

        """)
        #expect(x.tasks.map(\.lead) == [["某省人民政府"], ["某省人民政府"], ["你省有关部门"]])
        #expect(x.tasks[1].deadline?.date?.iso == "2024-12-31")
    }

    @Test func anApprovalDecidesButOrdersNoOne() throws {
        // Project-written reply: 同意… grants; the items that order (要…) are the tasks, 你省 is the addressee.
        let x = try extract("某省人民政府关于同意设立某产业园的批复\n某政函〔2019〕12号\n某市人民政府：\n你市的请示收悉。现批复如下：\n一、同意设立某产业园，实行现行省级产业园政策。\n二、你市要切实加强组织领导，完善管理体制。\n某省人民政府\n2019年1月20日\n")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["你市要切"])
        #expect(x.tasks.first?.lead == ["某市人民政府"])
    }

    @Test func aRunOnNoticeWithWorkQuantitiesAndMixedListWords() throws {
        // Project-written run-on notice: 1、2期 lists numbers, not items; 实施单位 names leads, a unit with another name
        // of it in brackets (X（Y）和Z) is split; 一要…三要 may go on with 四是; 2015年度 is due by that year's end; the
        // attachment list after the last sentence is no part of it.
        let text = "某区管委会关于做好2015年造林绿化工作的通知\n各乡镇人民政府：为加快推进全区生态建设，现将任务分配到相关责任单位，并通知如下：一、明确任务，落实责任1.幸福洋吹沙地1、2期造林工程2000亩，实施单位：岚城片区管理局（岚城乡政府）和区森林与园林管理局。2.澳前荒山综合治理造林工程1000亩，实施单位：区澳前片区管理局。二、强化措施，做好督查一要做好规划。要按照规划做好2015年度的规划设计工作。二要落实地块。要全部实现绿化。三要备足苗木。要做到自给。四是加强指导。区森林与园林部门要加强技术指导。附件：1.2015年造林绿化任务分解汇总表。某区管委会2015年2月27日\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["幸福洋吹", "澳前荒山", "做好规划", "落实地块", "备足苗木", "加强指导"])
        #expect(x.tasks[0].lead == ["岚城片区管理局", "区森林与园林管理局"])
        #expect(x.tasks[2].deadline?.date?.iso == "2015-12-31")
        #expect(x.tasks[5].text.hasSuffix("要加强技术指导。"))
    }

    @Test func aRunOnForwardingNoticeEndsAtItsSignature() throws {
        // Project-written run-on copy: a forwarding notice, its signature, then the plan it forwards. The signature
        // dates the text and its unit issues it; the plan's opening (为…，特制定本工作方案。) is no task; 各乡镇可…
        // allows, it names no owner.
        let text = "标题: 印发《关于加快推进某项工作的方案》的通知\n发布时间: 2015-10-22 10:51\n某综管〔2015〕206号某区管委会印发关于加快推进某项工作的方案的通知各乡镇人民政府：《关于加快推进某项工作的方案》已经区领导同意，现印发给你们，请认真贯彻执行。某区管委会2015年10月20日某区关于加快推进某项工作的方案为全面贯彻落实上级决策部署，确保工作扎实推进，特制定本工作方案。一、目标任务力争在2019年前基本完成全区贫困农户脱贫任务。二、实施内容（一）在对象识别上，逐户进行登记造册，建档立案。（二）在帮扶措施上，建立结对帮扶机制。各乡镇可结合当地实际，创新帮扶方式方法。\n"
        let x = try extract(text)
        #expect(x.document.date?.iso == "2015-10-20")
        #expect(x.document.issuer == "某区管委会")
        #expect(!x.tasks.contains { $0.text.includes("特制定本工作方案") || $0.text.includes("请认真贯彻执行") })
        #expect(x.tasks.allSatisfy { $0.lead.isEmpty })
    }

    @Test func aTaskTableFlattenedIntoOneLine() throws {
        // Project-written: a task table copied from a web page loses its cells' borders. The header puts the lead column
        // before the support column; each task's unit cells follow its last sentence, glued (区经济发展局区行政审批局…) or
        // after a space where the lead cell is empty; 一、 is glued to the header; a cited text's number is not this one's.
        let text = "标题: 某区办公室关于印发2022年全区政务公开工作主要任务分解表的通知\n各区直单位：为贯彻落实《某省政务公开工作要点》（某政办〔2022〕8号）精神，现将分解表印发给你们，请认真组织实施。 某区办公室 2022年6月7日 附件2022年全区政务公开工作主要任务分解表工作任务工作要求牵头单位配合/责任单位一、加强涉及市场主体的信息公开1.增强政策透明度，持续打造营商环境。 区直各有关单位，各片区管理局2.建立审批问题反馈机制，推动优化投资环境。区经济发展局区行政审批局区直各有关单位，各片区管理局二、加强涉及减税降费的信息公开3.系统推送减税降费政策，帮助纳税人全面了解政策。区财政金融局区直各有关单位三、加强涉及有效投资的信息公开4.做好重大建设项目信息公开，积极引导市场预期。区经济发展局区直各有关单位四、推进规范性文件集中公开5.有序推进现行有效行政规范性文件集中公开。 区直各有关单位\n"
        let x = try extract(text)
        #expect(x.document.number == nil)
        #expect(x.tasks.count == 5)
        #expect(x.tasks.map(\.lead) == [[], ["区经济发展局", "区行政审批局"], ["区财政金融局"], ["区经济发展局"], []])
        #expect(x.tasks[1].support == ["区直各有关单位", "各片区管理局"])
        #expect(x.tasks[1].text == "建立审批问题反馈机制，推动优化投资环境。")
        #expect(x.tasks.allSatisfy { $0.deadline?.date?.iso == "2022-12-31" })
    }

    @Test func aRunOnWorkPlanWithNotesAfterEachPart() throws {
        // Project-written run-on copy: the page's breadcrumb and the addressees go; a signature with a space before its
        // date ends the forwarding notice; a labelled target states; a note that closes an item names the units of each
        // of its parts; a part may follow the note of the part before it (…负责）二是…).
        let text = "标题: 某片区管理局关于印发某片区2023年安全生产工作要点的通知\n当前位置： 首页政务公开最新文件部门文件 某片区管理局关于印发某片区2023年安全生产工作要点的通知 时间：2023-08-31 18:20 微信 微博 QQ空间 各处室（中心），各村（居）：现将《要点》印发给你们，请结合实际，并于2023年12月15日前将完成情况报送政法综治处。 某片区管理局 2023年8月30日某片区2023年安全生产工作要点 工作目标：片区安全生产形势更加平稳，坚决防范遏制较大以上事故。一、健全落实机制（一）一以贯之狠抓落实。一是建立落实评估机制，定期开展评估。二是持续强化四项制度，确保如期完成。（各处室按职责分工负责）二、抓实专项整治（二）开展水上安全专项整治。一是健全水上交通安全议事协调机制。（交通与建设处负责）二是深化商渔共治专项行动，严查不适航渔船出港。（农业农村处负责）\n"
        let x = try extract(text)
        #expect(x.document.date?.iso == "2023-08-30")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["现将《要", "建立落实", "持续强化", "健全水上", "深化商渔"])
        #expect(x.tasks.map(\.lead) == [[], ["各处室"], ["各处室"], ["交通与建设处"], ["农业农村处"]])
    }

    @Test func whatAnExecutiveMeetingApproved() throws {
        // Project-written minutes of an executive meeting as a web page: the page's publication stamp is later than the
        // day the lead says the meeting was held; the chair sat somewhere; what the meeting approved is a task of the
        // unit whose draft it was only when the sentence says what is to be done next (修改完善后…, 报…审定); a plain
        // approval of a report orders nothing; 由X提出 makes X the lead.
        let text = "某县人民政府第12次常务会议\n发布日期:2021-05-20\n2021年5月17日下午，县长某某在县政府三楼会议室主持召开县人民政府第12次常务会议。\n一、研究城乡环境整治工作\n会议原则同意县住建局提出的城乡环境整治实施方案，按程序报县委常委会研究。\n会议原则同意县财政局关于一季度预算执行情况的汇报。\n二、研究其他事项\n会议同意县农业农村局拟定的《某县农业园区建设推进方案》，修改完善后以县政府名义印发实施。\n整治所需设备由县城管局提出具体方案后另行研究。\n"
        let x = try extract(text)
        #expect(x.document.kind == .minutes)
        #expect(x.document.date?.iso == "2021-05-17")
        #expect(x.document.host == "县长某某")
        #expect(x.tasks.map { String($0.text.prefix(8)) } == ["会议原则同意县住", "会议同意县农业农", "整治所需设备由县"])
        #expect(x.tasks.map(\.lead) == [["县住建局"], ["县农业农村局"], ["县城管局"]])
    }

    @Test func anInspectionBulletinAndAnOfficesNotice() throws {
        // Project-written: a bulletin's masthead (the office, spaces, the day) dates it and names its issuer, before the
        // page's publication stamp; the sentence that says the inspection was made is no task; a period already over when
        // the text was written (对5月份集中交办工作…进行督导 in June) scopes none of the orders after it.
        let bulletin = "关于一季度重点工作落实情况的通报\n发布时间:2023-06-20 10:00\n某县政务督查\n某县人民政府督查室      2023年6月16日\n各乡镇人民政府，县政府各部门：\n根据县政府工作安排，县政府督查室对5月份集中交办工作落实情况进行了专项督查。\n请各乡镇要进一步压实工作责任，加大推进力度。\n"
        let x = try extract(bulletin)
        #expect(x.document.date?.iso == "2023-06-16")
        #expect(x.document.issuer == "某县人民政府督查室")
        #expect(x.tasks.count == 1)
        #expect(x.tasks.first?.text.hasPrefix("请各乡镇") == true)
        #expect(x.tasks.first?.deadline == nil)
        // The issuing office on a line of its own opens a title that goes on with 关于 on the next lines.
        let notice = "某旗人民政府办公室\n关于印发2023年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府：\n一、各部门要高度重视重点任务落实工作。\n2023年2月21日\n"
        let y = try extract(notice)
        #expect(y.document.title == "某旗人民政府办公室关于印发2023年《政府工作报告》重点任务责任落实分工的通知")
        #expect(y.document.issuer == "某旗人民政府办公室")
        #expect(y.document.kind == .division)
    }

    @Test func aMeetingNewsPageWithItsBreadcrumbAndADatelineInItsLead() throws {
        // Project-written news page: the breadcrumb under its label is no title; the day that opens a clause of the lead
        // before 召开 dates the meeting, not the page's publication stamp; what the meeting says of a half-year already
        // over (上半年，某处深入践行…) reviews it, while what it asks is a task.
        let text = "您当前的位置: 首页 > 新闻中心 > 图片新闻\n某处召开2023年上半年工作总结会\n发布日期:2023-07-24 09:55 来源:办公室\n为全面总结上半年工作，明确下半年工作重点，7月21日，我处召开2023年上半年工作总结会。\n会议指出，上半年，某处深入践行新发展理念，坚守防汛主责主业，推动各项工作扎实开展，干出了新局面。\n会议要求，各部门要结合考核情况，聚焦下半年目标任务，推动各项工作实现新的突破。\n"
        let x = try extract(text)
        #expect(x.document.title == "某处召开2023年上半年工作总结会")
        #expect(x.document.kind == .minutes)
        #expect(x.document.date?.iso == "2023-07-21")
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["各部门要结合"])
    }

    @Test func aRedHeadedFileWithItsMastheadAndNumberAboveItsTitle() throws {
        // Project-written: the masthead (某区人民政府文件) and the number stand above a long 关于 title that reaches its
        // document type; the plan's year in the title dates its items; 各责任（配合）单位 is one name, not a partner verb.
        let text = "某市某区人民政府文件\n某政发〔2023〕2号\n某区人民政府关于印发 《某区政府2023年重点工作任务分解 和责任分工方案》的通知\n各街道，各区直部门：\n一、经济社会发展的主要预期目标\n1.努力实现地区生产总值增长6%左右。\n牵头单位:区发改局\n责任单位:某经济开发区\n二、工作要求\n各责任（配合）单位要加强协调，切实履行各自工作职责。\n2023年3月28日\n"
        let x = try extract(text)
        #expect(x.document.title == "某区人民政府关于印发 《某区政府2023年重点工作任务分解 和责任分工方案》的通知")
        #expect(x.document.number == "某政发〔2023〕2号")
        #expect(x.document.kind == .division)
        #expect(x.tasks.map(\.lead) == [["区发改局", "某经济开发区"], ["各责任(配合)单位"]])
        #expect(x.tasks.allSatisfy { $0.support.isEmpty && $0.deadline?.date?.iso == "2023-12-31" })
    }

    @Test func aHeadlessMeetingNewsItemAndWhatWasSaidThere() throws {
        // Project-written: a news item without a title line is named by the meeting its chair convened; the units whose
        // heads reported at the meeting (…负责人依次汇报了…) own nothing; an order may open with up to three clauses of
        // manner before its action (依据…，结合…，按照…原则，积极梳理…).
        let text = "5月23日，县长某某主持召开2025年第五期重点项目会商会。副县长某某出席会议。\n会上，县住建局、县交通运输局负责人依次汇报了近期工作开展情况。\n某某强调，各单位要进一步提高认识。依据县城总体规划，结合县城专项行动，按照缺什么补什么原则，积极梳理谋划可行性项目，争取配套资金。\n"
        let x = try extract(text)
        #expect(x.document.title == "2025年第五期重点项目会商会")
        #expect(x.document.date?.iso == "2025-05-23")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["各单位要", "依据县城"])
    }

    @Test func aJanuaryMeetingThatSumsUpOneYearAndPlansTheNext() throws {
        // Project-written news without a title line: the meeting named after 召开, quotes and all, names it; a day in
        // January of a meeting that sums up 2024 and plans 2025 is in 2025; 会上，… (简要总结…汇报…) tells what went on
        // there; what the speaker asks after praising the past year is an order, and a bare year that opens it dates it;
        // 统一到某部门 names no unit.
        let text = "1月7日，某镇召开“回眸耕耘路——2024年工作总结暨2025年工作谋划部署会”，镇班子成员参会。\n会上，各村简要总结2024年工作完成情况，并重点汇报2025年工作思路。\n某某对某镇过去一年的成绩予以充分肯定。他要求，2025年要紧随区委区政府中心工作步伐，持续奋进。他强调，要将思想统一到民政部门的部署上来。\n"
        let x = try extract(text)
        #expect(x.document.title == "回眸耕耘路——2024年工作总结暨2025年工作谋划部署会")
        #expect(x.document.kind == .minutes)
        #expect(x.document.date?.iso == "2025-01-07")
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["2025年要", "要将思想统一"])
        #expect(x.tasks.first?.deadline?.date?.iso == "2025-12-31")
        #expect(x.tasks.allSatisfy { $0.lead.isEmpty })
    }

    @Test func aProgressNoticeBehindAToolbarAndAnItemWithAWordHoldingAModal() throws {
        // Project-written: a toolbar of chrome words and a labelled breadcrumb stand above the title; 近日…进行跟踪督查 is
        // the inspection reported on, no task; 应 inside 应急 is no modal, so 编制城市 is no unit.
        let text = "关怀版 无障碍 无障碍\n您当前所在位置: 首页 > 政府重点工作\n关于2023年10月份民生实事项目进展情况的通报\n近日，县政府督查室对民生实事项目进展情况进行跟踪督查。\n下一步，各牵头单位要切实负起主体责任。\n（一）推进责任清单公开\n编制城市应急管理等重点领域专项责任清单。\n"
        let x = try extract(text)
        #expect(x.document.title == "关于2023年10月份民生实事项目进展情况的通报")
        #expect(x.document.kind == .progress)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["下一步，", "编制城市"])
        #expect(x.tasks.last?.lead == [])
    }

    @Test func aPlanReportToTheCongressUnderItsSessionLabel() throws {
        // Project-written: the session's document label stands above the title; the speech's date line breaks before
        // 会议上; a report on the plan's execution and the next year's draft plan is a report, whose execution section
        // reviews the past year.
        let text = "某县十八届人大\n五次会议文件(十一)\n关于某县2024年国民经济和社会发展计划\n执行情况与2025年计划草案的报告\n——2025年1月3日在某县第十八届\n人民代表大会第五次会议上\n各位代表:\n一、2024年国民经济和社会发展计划执行情况\n(一)锐意转型升级。\n坚决扛稳粮食安全责任。全年粮食收获面积38万亩。\n二、2025年国民经济和社会发展计划草案\n(一)加快转型升级。\n加快粮库二期建设。培育壮大特色产业。\n"
        let x = try extract(text)
        #expect(x.document.title == "关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告")
        #expect(x.document.kind == .report)
        #expect(x.document.date?.iso == "2025-01-03")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["加快粮库"])
    }

    @Test func aCoordinationMeetingsItemsNamedByProject() throws {
        // Project-written minutes: the preamble ends 现将会议纪要如下，望各有关单位遵照执行; 月底前 is the end of the
        // minutes' month and 明年上半年 next June; a word of manner (抓紧, 尽快) or of time (会后) inside a phrase makes it
        // no unit, so 由区教育局抓紧时间… gives 区教育局.
        let text = "关于加快重点工程项目建设协调会议纪要\n2013年11月14日上午在区建委由张主任主持召开协调会，现将会议纪要如下，望各有关单位遵照执行。\n1、职专项目：会议要求招标手续尽快落实，力争月底前开始打桩。\n2、中学项目：会议要求抓紧办理前期手续。\n3、小学项目：会议要求由区教育局抓紧时间给区政府打报告，争取年内开工。\n4、广场项目：会议要求力争明年上半年施工到正负零。\n5、体检报告：研讨会要求编制单位会后与相关部门作进一步的校核。\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["职专项目", "中学项目", "小学项目", "广场项目", "体检报告"])
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2013-11-30", nil, "2013-12-31", "2014-06-30", nil])
        #expect(x.tasks.map(\.lead) == [[], [], ["区教育局"], [], ["编制单位"]])
    }

    @Test func aNewsPageBylineAndWhatWasDoneAtTheMeeting() throws {
        // Project-written: a byline's time (作者… 来源… 时间:) is the page's stamp, and the day that opens the lead dates
        // the meeting; what a unit did there in the perfective (进行了解读，提出了意见) orders nothing.
        let text = "某办公室组织研讨城市体检报告\n作者:某某 来源:城建办 时间:2021-09-18\n10日下午，某办公室在局会议室组织相关部门召开专题会议，研讨体检报告初稿。\n在会上，报告编制单位某研究院对初稿进行了详细解读，各参会单位提出了修改意见。\n会议要求编制单位抓紧修改完善初稿。\n"
        let x = try extract(text)
        #expect(x.document.date?.iso == "2021-09-10")
        #expect(x.document.kind == .minutes)
        #expect(x.tasks.map { String($0.text.prefix(5)) } == ["会议要求编"])
    }

    @Test func aNewsItemFiledUnderItsDayTakesThatYear() throws {
        // Project-written news filed under its day of broadcast: the file's day gives the year of the text (not the
        // year the meeting discussed), and a lead that convenes a meeting with a long name makes it minutes.
        let text = "某委员会召开2023年度宏观经济形势分析座谈会 某某出席并讲话\n央视网消息：某委员会19日在京召开2023年度宏观经济形势分析座谈会，某某出席并讲话。他表示，要深入学习贯彻中央经济工作会议精神，今年要抓好重点任务落实。\n"
        let x = try extract(text, name: "news-20240119.txt")
        #expect(x.document.kind == .minutes)
        #expect(x.document.date?.iso == "2024-01-19")
        #expect(x.document.year == 2024)
        #expect(x.tasks.last?.deadline?.date?.iso == "2024-12-31")
    }

    @Test func aNewsletterOfBulletedMeetingItemsCopiedAsOneLine() throws {
        // Project-written newsletter copied from a page as one line: each bulleted item (● 8月25日，…) is read on its
        // own, so the enumeration of one meeting's requirements (会议要求，一要…二要…) neither swallows the items before
        // it nor the news of the afternoon after it (下午，某局长带领…).
        let text = "标题: 某区安全生产信息专报（二）\n发布时间: 2015-09-09 16:01\n==================== 正文 ====================\n当前位置： 首页安全检查 某区安全生产信息专报（二） 时间：2015-09-09 16:01 微信 微博 QQ空间 〔工作动态〕 ● 8月25日，某书记召开全区工作部署会。会上，某书记指出，各部门各单位要深刻吸取事故教训。 ● 8月28日上午，某局局长主持召开党组扩大会议，传达会议精神。结合该局工作实际，认真学习和讨论了某主任提出的意见，查找了隐患和问题。会议要求，一要高度重视，提高认识。二要明确重点，抓整改落实。下午，某局长带领执法人员开展安全大检查。 ● 8月27日，某局副局长带领有关处室负责人开展检查工作。 来源：中国平潭 附件下载\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["会上，某书记", "高度重视，提", "明确重点，抓"])
        #expect(x.tasks.allSatisfy { !$0.text.contains("●") && !$0.text.contains("下午") })
        // A bullet that opens a line of its own, or an item inside a run-on line, is no part of the task.
        let y = try extract("某局关于做好节日期间安全工作的通知\n● 各单位要加强值班值守。\n● 各乡镇要开展隐患排查。 ● 各企业要落实主体责任，开展自查自改。\n")
        #expect(y.tasks.map(\.text) == ["各单位要加强值班值守。", "各乡镇要开展隐患排查。", "各企业要落实主体责任，开展自查自改。"])
    }

    @Test func anInspectionNoticeWithItsAnnexRunOn() throws {
        // Project-written notice copied as one line: the annex list after the notice's last sentence (…度汛。 附件：…) and
        // the annex after the signature are no body, while the notice's own order is a task; …检查情况的通报 is progress;
        // a date written with dots (完成时限2016.7.10) is a time.
        let text = "标题: 某局关于第二季度水利工程安全检查情况的通报\n发布时间: 2016-07-07 09:47\n==================== 正文 ====================\n当前位置： 首页安全检查 某局关于第二季度水利工程安全检查情况的通报 时间：2016-07-07 09:47 微信 微博 QQ空间 各水利工作站： 现将检查发现的问题通报给你们，请各水利工作站要高度重视，完成时限2016.7.10，确保安全度汛。 附件：水利工程安全隐患汇总表 某局 2016年7月6日 附件： 水利工程安全隐患及整改情况汇总表 序号 工程名称 安全隐患 整改措施 1 某水库 坝体渗漏 加强管理 来源：某局 附件下载\n"
        let x = try extract(text)
        #expect(x.document.kind == .progress)
        #expect(x.document.date?.iso == "2016-07-06")
        #expect(x.tasks.count == 1)
        #expect(x.tasks.first?.text.hasSuffix("确保安全度汛。") == true)
        #expect(x.tasks.first?.deadline?.date?.iso == "2016-07-10")
    }

    @Test func aNoticesLastItemBeforeItsClosingFormula() throws {
        // Project-written: 特此通知。 closes the notice and is no part of its last item; 本月20日前 is a day of the
        // notice's own month.
        let text = "某局关于开展消防安全大检查的通知\n局各处：\n一、各部门要对办公场所进行检查。\n二、制定火灾隐患排查整治计划，并于本月20日前将联络员名单报至局综合处。 特此通知。\n某局\n2016年4月15日\n"
        let x = try extract(text)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.last?.text == "制定火灾隐患排查整治计划，并于本月20日前将联络员名单报至局综合处。")
        #expect(x.tasks.last?.deadline?.date?.iso == "2016-04-20")
    }

    @Test func aRunOnForwardingNoticeWithASpacedSignatureAndSpacedSectionTitles() throws {
        // Project-written web copy on one line: the signature set apart by spaces (某乡人民政府 2016年6月25日) dates the
        // notice and ends it; 一、 after the plan's title opens its sections; a short section title set apart by a space is
        // no part of the item's text, and one that names targets or the scope (整治目标, 整治对象) orders nothing; 配合好X
        // names X as a partner; 请各村结合… names 各村, not 各村结合…; (三)总结阶段 keeps its 总结.
        let text = "标题: 某乡关于开展危险化学品安全专项整治工作方案\n发布时间: 2016-06-27 17:00\n==================== 正文 ====================\n当前位置： 首页安全检查 某乡关于开展危险化学品安全专项整治工作方案 时间：2016-06-27 17:00 微信 微博 QQ空间 各村： 现将《工作方案》印发给你们，请各村结合自身实际，认真抓好贯彻落实。 某乡人民政府 2016年6月25日 危险化学品安全专项整治工作方案 一、整治目标 为了强化危险化学品储存场所安全管理，提升本质安全水平。 二、整治对象 全乡的危险化学品储存场所。 三、工作分工 各村要按照职责分工做好专项治理工作。 四、进度安排 (一)摸底阶段(2016年7月) 各村要配合好乡安全检查组及乡安监站摸排储存场所底数。 (二)总结阶段(2016年 11月) 对专项整治工作进行总结，研究建立长效机制。 来源：某乡 附件下载\n"
        let x = try extract(text)
        #expect(x.document.date?.iso == "2016-06-25")
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["各村要按", "摸底阶段", "总结阶段"])
        #expect(x.tasks.first?.lead == ["各村"])
        #expect(x.tasks[1].support == ["乡安全检查组", "乡安监站"])
    }

    @Test func anInspectionNoticeTurnsFromItsProblemsToOrders() throws {
        // Project-written inspection notice: what went well (二、工作进展) reviews; the problems listed (三、存在问题) are no
        // tasks, but once the text turns to what is to be done about them (针对上述存在的问题，…要…) each order is.
        let text = "某局关于开展渔业安全生产大检查的通报\n各乡镇：\n一、基本情况\n1月10日至25日，某局派出督查小组开展督查。\n二、工作进展\n（一）内页资料进一步完善。某镇建立起较为完善的资料档案库。\n三、存在问题\n此次检查发现以下问题：一是个别单位内页资料不完善；二是渔船管理不够全面。针对上述存在的问题，各有关责任单位要认真对照，举一反三。要进一步加强跟踪整改，并将整改落实情况于2017年2月25日前报送所属督查小组。\n某局\n2017年2月16日\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["针对上述存在", "要进一步加强"])
        #expect(x.tasks.first?.lead == ["各有关责任单位"])
        #expect(x.tasks.last?.deadline?.date?.iso == "2017-02-25")
    }

    @Test func whatAUnitDidUnderAMechanismsRequirementsAndThePersonsOfAUnit() throws {
        // Project-written: 要求 in 按照…机制要求 orders no one, so what a unit did in the perfective (组织开展了…评价工作)
        // reports; the persons of a unit (各相关牵头部门主要负责人要…) act for it, and 各相关 alone names nothing.
        let text = "某市重点项目进展情况评价结果公布\n为强化重点项目推进工作合力，按照全市重点项目一体化推进工作机制要求，市发展改革委会同市工信局组织开展了1-5月份全市重点项目进展情况评价工作。\n下步，各相关牵头部门主要负责人要聚精会神抓项目，坚决抓好问题整改。\n"
        let x = try extract(text)
        #expect(x.tasks.count == 1)
        #expect(x.tasks.first?.lead == ["各相关牵头部门"])
    }

    @Test func aDivisionNoticeCopiedAsOneLineAndSignedInChineseNumerals() throws {
        // Project-written: the title repeated after the share bar, set apart by spaces, goes with the addressees; the
        // signature in Chinese numerals (某局 二〇一二年九月六日) after the last item's unit note dates the notice and is
        // no part of that item or its deadline; 关于分解…工作任务 is a division.
        let text = "标题: 关于分解2012年三项重点工作任务\n发布时间: 2012-10-17 15:02\n==================== 正文 ====================\n当前位置： 首页部门文件 关于分解2012年三项重点工作任务 时间：2012-10-17 15:02 微信 微博 QQ空间 某局关于 分解2012年三项重点工作任务 各相关科室： 现将三项重点工作分解到相关科室，请认真贯彻落实，牵头单位应于2012年10月底前将落实情况报送局办公室。 一、坚决纠正强制征地问题 依法依规依程序征迁。（牵头单位：征地部） 二、坚决纠正乱收费问题 严禁向农民转嫁摊派资金。（牵头单位：用地科，参与单位：各国土所） 某局 二〇一二年九月六日 来源：中国平潭 附件下载\n"
        let x = try extract(text)
        #expect(x.document.kind == .division)
        #expect(x.document.date?.iso == "2012-09-06")
        #expect(x.tasks.first?.text.hasPrefix("现将三项") == true)
        #expect(x.tasks.last?.text == "坚决纠正乱收费问题 严禁向农民转嫁摊派资金。")
        #expect(x.tasks.last?.lead == ["用地科"])
        #expect(x.tasks.last?.deadline?.date?.iso == "2012-12-31")
    }

    @Test func aYearsDivisionOfWorkNamedInTheTitleDatesItsItems() throws {
        // Project-written: the year a title gives a division of work (2012年…农村党风廉政建设工作分工意见), however far the
        // words after it run, is the period of its items.
        let text = "关于制定某局《2012年某县农村党风廉政建设工作分工意见》的实施方案\n各科室：\n1、加强耕地保护制度执行情况的监督检查。（牵头单位：规划科，配合单位：各国土所）\n2、加强和改进征地拆迁工作。（牵头单位：征地部）\n某局\n2012年6月26日\n"
        let x = try extract(text)
        #expect(x.tasks.map { $0.deadline?.date?.iso } == ["2012-12-31", "2012-12-31"])
        #expect(x.tasks.first?.support == ["各国土所"])
    }

    @Test func aHearingsMinutesWithLabelledStatements() throws {
        // Project-written hearing minutes: 会议由…主持， names the chair; 参加会议的有…等 lists who came; the labelled
        // statements of the record (一、听证事项：…; 三、用地情况：…) order no one.
        let text = "听证会纪要\n2012年7月24日上午某局在五楼会议室举行用地规划修改听证会。会议由某局副局长某某同志主持，参加会议的有县发改局、建设局领导，某镇领导等。现将听证会情况纪要如下：\n一、听证事项：某项目用地涉及局部修改土地利用总体规划事宜。\n二、用地情况：某项目用地位于某镇，用地总面积24公顷。\n三、下一步工作：县国土资源局要于8月底前将修改方案报县政府审批。\n某局\n二〇一二年八月二十二日\n"
        let x = try extract(text)
        #expect(x.document.host == "某局副局长某某同志")
        #expect(x.document.attendees == ["县发改局", "建设局领导", "某镇领导"])
        // (Minutes are dated by the day the meeting was held, as a labelled 时间： dates them, not by their signature.)
        #expect(x.document.date?.iso == "2012-07-24")
        #expect(x.tasks.map { String($0.text.prefix(5)) } == ["下一步工作"])
        // In a progress report a labelled item may be the record of what it tracks.
        let y = try extract("某局关于隐患整改落实情况的报告\n一、整改情况：已完成渔港码头护栏修复。\n二、整改情况：正在推进排水管网改造。\n某局\n2016年7月6日\n")
        #expect(y.document.kind == .progress)
        #expect(y.tasks.map(\.status) == [.done, .inProgress])
    }

    @Test func twoSpeakersListsInOneRunOnParagraph() throws {
        // Project-written news copied as one paragraph: an intro that reports (…通报大检查工作情况) but ends by announcing
        // requirements (…提出两点要求：) introduces orders; a second speaker's list after the last item, with its own intro
        // (…提出两点要求：一要…二要…), is split on its own, not swallowed by that item.
        let text = "某区召开安全生产专题工作会议\n会上，某局副局长通报开展安全生产大检查工作情况，对下一阶段工作提出两点要求：一要深入开展安全生产大检查。各单位要全面排查安全隐患。二要着力整改安全隐患。各有关部门要按时完成整改任务。 某副主任传达了会议精神，并提出两点要求：一要提升站位，提高认识。各部门要增强大局意识。二要细化责任，细抓落实。各部门要做到事事有人盯。\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["深入开展", "着力整改", "提升站位", "细化责任"])
        #expect(!x.tasks[1].text.contains("副主任"))
    }

    @Test func anAccidentStatisticsNoticeAndItsRecommendations() throws {
        // Project-written notice: the distribution of accidents (一、事故分布情况) and the analysis of the situation (二、
        // 安全生产形势分析 与…相比…, a short title set apart by a space) are no tasks; the recommendations are, and an order
        // under a short title sentence (推进治本攻坚。要…有序推进落实) reports no status.
        let text = "某办公室关于2025年1-6月份生产安全事故情况的通报\n各成员单位：\n一、全区事故分布情况\n（一）按发生属地片区划分\n金井片区1起，同比增加1起。\n二、安全生产形势分析 与2024年同期相比，我区安全生产形势依然严峻复杂。部分企业主体责任落实不到位。\n三、工作意见建议\n（一）强化责任落实。各成员单位要压紧压实安全生产责任。\n（二）推进治本攻坚。要聚焦治本攻坚三年行动，有力有序推进落实。\n某办公室\n2025年7月8日\n"
        let x = try extract(text)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["强化责任", "推进治本"])
        #expect(x.tasks.allSatisfy { $0.status == nil })
    }

    @Test func aReplyLetterAnswersEachRequestUnderItsItem() throws {
        // Project-written reply letter: each numbered item is a request, and the paragraph after it that opens with the
        // label of the answer (省发展改革委会同省水利厅研究提出了办理意见：…) continues that item, however long: one task a request,
        // the label's units its handlers (会同 as support), and 了 inside the label reports no progress.
        let text = """
        某办公厅关于某省所提问题和建议办理情况的函
        某省人民政府：
        对你省提出的问题和建议，有关部门进行了认真研究，现将有关情况函复如下：
        一、关于某水库工程问题。你省请求，尽快审核某水库工程项目建议书。
        省发展改革委会同省水利厅研究提出了办理意见：该水库已经列入全国大型水库建设规划，目前存在投资过大、资金落实困难等问题，需要进一步研究。省发展改革委将根据资金落实情况，与你省充分协商，适时启动项目审核程序。省水利厅也表示将积极配合做好立项工作。
        二、关于良种补贴问题。你省请求，将你省纳入良种补贴区域。
        省财政厅意见：该问题将根据明年的增产情况统筹考虑，如果供给比较充足，则可不增加补贴省份；反之，可相应考虑增加你省为补贴省份。
        某办公厅
        2004年10月15日
        """
        let x = try extract(text)
        #expect(x.tasks.count == 2)
        #expect(x.tasks.map { String($0.text.prefix(6)) } == ["关于某水库工", "关于良种补贴"])
        #expect(x.tasks[0].text.contains("适时启动项目审核程序"))
        #expect(x.tasks[0].lead == ["省发展改革委"])
        #expect(x.tasks[0].support == ["省水利厅"])
        #expect(x.tasks[1].lead == ["省财政厅"])
        #expect(x.tasks[1].status == nil, "研究提出了 in the answer's label is no report of progress")
        // An answer may say only who proposes (省交通运输厅提出：…, …会同有关部门研究提出：…).
        let z = try extract("某办公厅关于某市所提问题办理情况的函\n一、关于码头建设问题。你市请求，尽快审批码头项目。\n省交通运输厅提出：该项目已列入全省港口布局规划，将根据你市上报的可行性研究报告尽快组织审查，并在资金上给予适当支持。\n二、关于渔港建设问题。你市请求，对渔港建设给予支持。\n省海洋渔业局会同有关部门研究提出：目前该项目正在开展前期工作，待项目建议书上报后，将按程序抓紧办理，给予适当补助。\n某办公厅\n2004年10月15日\n")
        #expect(z.tasks.count == 2)
        #expect(z.tasks.map(\.lead) == [["省交通运输厅"], ["省海洋渔业局"]])
        // An answer without a label after an item that puts a request continues it too, and its first clause names
        // who handled it; what the request asks to go on (继续给予支持) sets no ongoing duty.
        let w = try extract("某办公厅关于某市所提问题办理情况的函\n一、关于库区污染治理问题。你市请求，将库区污染治理纳入全省规划，继续给予大力支持。\n省生态环境厅已会同省水利厅、省住房城乡建设厅等部门赴库区进行了实地调查，并向省政府上报了调查报告，省政府领导同志已批示同意。请你市有关部门按报告的意见办理。\n二、关于渔港建设问题。你市请求，对渔港建设给予支持。\n省海洋渔业局提出：该项目正在开展前期工作，将按程序抓紧办理。\n某办公厅\n2004年10月15日\n")
        #expect(w.tasks.count == 2)
        #expect(w.tasks[0].text.hasSuffix("请你市有关部门按报告的意见办理。"))
        #expect(w.tasks[0].lead == ["省生态环境厅"])
        #expect(w.tasks[0].support == ["省水利厅", "省住房城乡建设厅"])
        #expect(w.tasks[0].deadline?.ongoing != true)
        // The numbered points of an answer (省发展改革委提出了以下意见：（一）…（二）…) are the answer's, parts of the request's
        // item; a request's own numbered sub-requests, each with its answer, are items of their own.
        let v = try extract("某办公厅关于某市所提问题办理情况的函\n一、关于电厂建设问题。你市请求，加大对电厂建设的支持力度。\n省发展改革委提出了以下意见：\n（一）你市的电力发展应纳入全省电网统筹考虑，实现资源优化配置。\n（二）该电厂扩建工程需进一步研究煤炭来源问题，省发展改革委将适时启动项目审核。\n二、关于防灾问题。你市请求，在防灾方面给予支持。\n1.关于地质灾害问题。省自然资源厅会同省财政厅研究提出了办理意见：将继续安排经费支持你市做好地质灾害调查监测。\n2.关于移民问题。省发展改革委研究提出了办理意见：已将你市纳入易地搬迁试点范围。\n某办公厅\n2004年10月15日\n")
        #expect(v.tasks.map { String($0.text.prefix(5)) } == ["关于电厂建", "关于地质灾", "关于移民问"])
        #expect(v.tasks[0].text.contains("适时启动项目审核"))
        #expect(v.tasks[0].lead == ["省发展改革委"])
        #expect(v.tasks[1].lead == ["省自然资源厅"])
        #expect(v.tasks[1].support == ["省财政厅"])
        // A long paragraph of its own after a long item (no answer's label) is still an item of its own.
        let y = try extract("某局通知\n一、加快项目建设。各单位要加快推进重点项目前期工作，确保按期开工建设，年底前完成投资计划。\n各单位要进一步压实工作责任，强化要素保障，加强调度督导，确保各项任务落到实处，按时保质完成。\n")
        #expect(y.tasks.count == 2)
    }

    @Test func reportedSpeechAfterATopicIsReadSentenceBySentence() throws {
        // Project-written meeting news: a paragraph that opens with its topic (在促进消费方面，…; 对于企业帮扶，…; 此外，…)
        // before who said it (会议指出要…) is reported speech all the same: each order is a task, those without 要 too
        // (尽快清理…, 适时进行…).
        let x = try extract("""
        某市委常委会召开会议 研究部署经济工作
        4月25日，某市委常委会召开会议，研究部署当前经济工作。
        在促进消费方面，会议指出要提高中低收入群体收入，大力推动服务消费发展。尽快清理消费领域的限制性措施。加大资金支持力度，加力推进重点项目建设。
        对于企业帮扶，会议强调，要通过多种举措助力困难企业。适时进行融资对接，加强金融支持。
        此外，会议指出要加强作风建设。会议还研究了其他事项。
        """)
        #expect(x.tasks.map { String($0.text.prefix(4)) } == ["要提高中", "尽快清理", "加大资金", "要通过多", "适时进行", "要加强作"])
    }

    @Test func extractionIsPureAndDeterministic() throws {
        let text = "会议要求，全力抓好下半年工作。一要守牢底线。二要加快建设。\n"
        let a = try extract(text, reference: Day(year: 2025, month: 7, day: 1))
        let b = try extract(text, reference: Day(year: 2025, month: 7, day: 1))
        #expect(a.tasks.map(\.text) == b.tasks.map(\.text))
        #expect(a.document.date?.iso == "2025-07-01")
        #expect(a.document.dateSource == "reference-date")
        #expect(a.tasks.map { $0.deadline?.date?.iso } == ["2025-12-31", "2025-12-31"])
    }
}

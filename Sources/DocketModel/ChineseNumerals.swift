/// Writes and reads Chinese numerals as documents write them (十, 十一, 二十, 三十六).
public enum ChineseNumerals {
    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Writes a number from 0 to 9999 in Chinese counting form.
    public static func write(_ n: Int) -> String {
        guard n > 0 else { return "零" }
        guard n < 10000 else { return String(n) }
        let q = n / 1000, h = (n / 100) % 10, t = (n / 10) % 10, u = n % 10
        var s = ""
        if q > 0 { s.append(digits[q]); s += "千" }
        if h > 0 { s.append(digits[h]); s += "百" } else if q > 0 && (t > 0 || u > 0) { s += "零" }
        if t > 0 {
            if !(t == 1 && n < 20) { s.append(digits[t]) }
            s += "十"
        } else if (q > 0 || h > 0) && u > 0 && !s.hasSuffix("零") { s += "零" }
        if u > 0 { s.append(digits[u]) }
        return s
    }

    /// Reads a Chinese or Arabic numeral (一, 十七, 二十三, 两, 17); nil when it is not one.
    public static func read(_ s: Substring) -> Int? {
        if let v = Int(s) { return v }
        var total = 0, current = 0
        var any = false
        // (Scalars, not Characters: a switch over Characters compares strings, one case after another.)
        for c in s.unicodeScalars {
            switch c {
            case "零", "〇": current = 0
            case "一": current = 1
            case "二", "两": current = 2
            case "三": current = 3
            case "四": current = 4
            case "五": current = 5
            case "六": current = 6
            case "七": current = 7
            case "八": current = 8
            case "九": current = 9
            case "十": total += (current == 0 ? 1 : current) * 10; current = 0
            case "百": total += (current == 0 ? 1 : current) * 100; current = 0
            case "千": total += (current == 0 ? 1 : current) * 1000; current = 0
            default: return nil
            }
            any = true
        }
        return any ? total + current : nil
    }
}

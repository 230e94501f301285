// learner: slow
// idiom: Delphi/Object Pascal desktop developer: one TryMatchXxx(Bytes, Pos, out EndPos): Boolean function per kind, index-based while loops, every position tries the e-mail from scratch
// why: scrub is O(n^2) instead of O(n): TryMatchEmail re-reads the whole local-part run from every start position, so one long token without '@' (a session id) costs run^2/2 byte reads.
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn IsDigit(C: u8) -> bool {
    C >= b'0' && C <= b'9'
}

fn IsAlnum(C: u8) -> bool {
    C.is_ascii_alphanumeric()
}

/// The byte before StartPos and the byte at EndPos must not be a letter or digit.
fn HasBoundaries(S: &[u8], StartPos: usize, EndPos: usize) -> bool {
    if StartPos > 0 && IsAlnum(S[StartPos - 1]) {
        return false;
    }
    if EndPos < S.len() && IsAlnum(S[EndPos]) {
        return false;
    }
    true
}

/// Count of digits starting at Pos (at most Limit).
fn DigitsAt(S: &[u8], Pos: usize, Limit: usize) -> usize {
    let mut Count = 0;
    while Count < Limit && Pos + Count < S.len() && IsDigit(S[Pos + Count]) {
        Count += 1;
    }
    Count
}

/// Count digits exactly, then expect Sep; returns the position after Sep.
fn ExpectGroup(S: &[u8], Pos: usize, Count: usize) -> bool {
    DigitsAt(S, Pos, Count) == Count
}

pub fn luhn_valid(digits: &str) -> bool {
    let S = digits.as_bytes();
    if S.is_empty() {
        return false;
    }
    let mut Sum: u32 = 0;
    let mut Double = false;
    let mut I = S.len();
    while I > 0 {
        I -= 1;
        if !IsDigit(S[I]) {
            return false;
        }
        let mut D = (S[I] - b'0') as u32;
        if Double {
            D *= 2;
            if D > 9 {
                D -= 9;
            }
        }
        Sum += D;
        Double = !Double;
    }
    Sum % 10 == 0
}

fn TryMatchSsn(S: &[u8], Pos: usize, EndPos: &mut usize) -> bool {
    if Pos + 11 > S.len() {
        return false;
    }
    if !(ExpectGroup(S, Pos, 3) && S[Pos + 3] == b'-' && ExpectGroup(S, Pos + 4, 2) && S[Pos + 6] == b'-'
        && ExpectGroup(S, Pos + 7, 4))
    {
        return false;
    }
    if !HasBoundaries(S, Pos, Pos + 11) {
        return false;
    }
    *EndPos = Pos + 11;
    true
}

fn TryMatchPhone(S: &[u8], Pos: usize, EndPos: &mut usize) -> bool {
    let mut P = Pos;
    if P + 2 < S.len() && S[P] == b'+' && S[P + 1] == b'1' && (S[P + 2] == b' ' || S[P + 2] == b'-') {
        P += 3;
    }
    let Body;
    if P < S.len() && S[P] == b'(' {
        // (ddd) ddd-dddd
        if P + 14 > S.len() {
            return false;
        }
        if !(ExpectGroup(S, P + 1, 3) && S[P + 4] == b')' && S[P + 5] == b' ' && ExpectGroup(S, P + 6, 3)
            && S[P + 9] == b'-' && ExpectGroup(S, P + 10, 4))
        {
            return false;
        }
        Body = 14;
    } else {
        // ddd?ddd?dddd with the same separator twice
        if P + 12 > S.len() {
            return false;
        }
        let Sep = S[P + 3];
        if !(Sep == b'-' || Sep == b'.' || Sep == b' ') {
            return false;
        }
        if !(ExpectGroup(S, P, 3) && ExpectGroup(S, P + 4, 3) && S[P + 7] == Sep && ExpectGroup(S, P + 8, 4)) {
            return false;
        }
        Body = 12;
    }
    if !HasBoundaries(S, Pos, P + Body) {
        return false;
    }
    *EndPos = P + Body;
    true
}

fn LuhnOfRange(S: &[u8], FromPos: usize, ToPos: usize) -> bool {
    let mut Digits = String::with_capacity(19);
    for I in FromPos..ToPos {
        if IsDigit(S[I]) {
            Digits.push(S[I] as char);
        }
    }
    luhn_valid(&Digits)
}

fn TryMatchCard(S: &[u8], Pos: usize, EndPos: &mut usize) -> bool {
    // 13..19 digits in a row
    let Run = DigitsAt(S, Pos, 20);
    if Run >= 13 && Run <= 19 && HasBoundaries(S, Pos, Pos + Run) && LuhnOfRange(S, Pos, Pos + Run) {
        *EndPos = Pos + Run;
        return true;
    }
    // dddd?dddd?dddd?dddd
    if Run == 4 && Pos + 19 <= S.len() {
        let Sep = S[Pos + 4];
        if Sep == b' ' || Sep == b'-' {
            let mut GroupsOk = true;
            for Group in 1..4 {
                let GroupPos = Pos + Group * 5;
                if S[GroupPos - 1] != Sep || !ExpectGroup(S, GroupPos, 4) {
                    GroupsOk = false;
                    break;
                }
            }
            if GroupsOk && HasBoundaries(S, Pos, Pos + 19) && LuhnOfRange(S, Pos, Pos + 19) {
                *EndPos = Pos + 19;
                return true;
            }
        }
    }
    false
}

fn IsLocalChar(C: u8) -> bool {
    IsAlnum(C) || C == b'.' || C == b'_' || C == b'%' || C == b'+' || C == b'-'
}

fn IsDomainChar(C: u8) -> bool {
    IsAlnum(C) || C == b'.' || C == b'-'
}

fn TryMatchEmail(S: &[u8], Pos: usize, EndPos: &mut usize) -> bool {
    let mut AtPos = Pos;
    while AtPos < S.len() && IsLocalChar(S[AtPos]) {
        AtPos += 1;
    }
    if AtPos == Pos || AtPos >= S.len() || S[AtPos] != b'@' {
        return false;
    }
    let DomainStart = AtPos + 1;
    let mut DomainEnd = DomainStart;
    while DomainEnd < S.len() && IsDomainChar(S[DomainEnd]) {
        DomainEnd += 1;
    }
    while DomainEnd > DomainStart && S[DomainEnd - 1] == b'.' {
        DomainEnd -= 1;
    }
    if DomainEnd == DomainStart || !IsAlnum(S[DomainStart]) {
        return false;
    }
    let mut LastDot = None;
    for I in DomainStart..DomainEnd {
        if S[I] == b'.' {
            LastDot = Some(I);
        }
    }
    let LastDot = match LastDot {
        Some(D) => D,
        None => return false,
    };
    if DomainEnd - LastDot - 1 < 2 {
        return false;
    }
    for I in LastDot + 1..DomainEnd {
        if !S[I].is_ascii_alphabetic() {
            return false;
        }
    }
    *EndPos = DomainEnd;
    true
}

pub fn scrub(line: &str) -> String {
    let S = line.as_bytes();
    let mut Result: Vec<u8> = Vec::with_capacity(S.len());
    let mut Pos = 0;
    while Pos < S.len() {
        let mut EndPos = 0;
        let mut Replacement: Option<&str> = None;
        if TryMatchEmail(S, Pos, &mut EndPos) {
            Replacement = Some(EMAIL);
        } else if TryMatchSsn(S, Pos, &mut EndPos) {
            Replacement = Some(SSN);
        } else if TryMatchPhone(S, Pos, &mut EndPos) {
            Replacement = Some(PHONE);
        } else if TryMatchCard(S, Pos, &mut EndPos) {
            Replacement = Some(CARD);
        }
        match Replacement {
            Some(Tag) => {
                Result.extend_from_slice(Tag.as_bytes());
                Pos = EndPos;
            }
            None => {
                Result.push(S[Pos]);
                Pos += 1;
            }
        }
    }
    // Only whole ASCII runs were replaced, so the bytes are still valid UTF-8.
    String::from_utf8(Result).expect("still UTF-8")
}

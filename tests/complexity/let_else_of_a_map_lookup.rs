// `let Some(rec) = self.flags.get(name) else { return false };` binds the
// map's value as `if let Some(rec)` and `match` do: a scan of one of its
// Vec fields is O(n). The walk once bound `rec` to a value it knew nothing
// of, and a `contains` on its field cost O(1) with high confidence.
// expect Flags::is_enabled: time O(n), space O(1)
// target Flags::is_enabled: time O(1), space O(1)
use std::collections::HashMap;

pub struct Flag {
    allowed: Vec<String>,
    percent: u8,
}

pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn is_enabled(&self, name: &str, user: &str) -> bool {
        let Some(flag) = self.flags.get(name) else {
            return false;
        };
        if flag.allowed.contains(&user.to_string()) {
            return true;
        }
        user.len() as u8 % 100 < flag.percent
    }
}

// In a method, n is the size of the structure and a string argument is a
// key: a buffer reserved for the key's bytes (`with_capacity(32 +
// actor.len() + action.len())`, here in a helper the method calls with
// its keys) is one entry's, O(1) in n, as `format!("{actor}{action}")`
// is. The helper on its own is O(n) in its strings.
// expect entry_hash: time O(n), space O(n)
// expect AuditLog::append: time O(n), space O(1)
// target AuditLog::append: time O(1), space O(1)
// unsure: hashing the key is O(key length), which the walk prices as n through the helper
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

pub fn entry_hash(prev: u64, seq: u64, actor: &str, action: &str) -> u64 {
    let mut rec: Vec<u8> = Vec::with_capacity(16 + actor.len() + action.len());
    rec.extend_from_slice(&prev.to_le_bytes());
    rec.extend_from_slice(&seq.to_le_bytes());
    rec.extend_from_slice(actor.as_bytes());
    rec.extend_from_slice(action.as_bytes());
    fnv1a64(&rec)
}

pub struct Entry {
    pub actor: String,
    pub action: String,
    pub hash: u64,
}

pub struct AuditLog {
    entries: Vec<Entry>,
}

impl AuditLog {
    pub fn append(&mut self, actor: &str, action: &str) -> u64 {
        let prev = self.entries.last().map_or(0, |e| e.hash);
        let hash = entry_hash(prev, self.entries.len() as u64, actor, action);
        self.entries.push(Entry { actor: actor.into(), action: action.into(), hash });
        hash
    }
}

// The bytes of numbers (`x.to_le_bytes()`, also through a typed closure
// `|x: u64| x.to_le_bytes()`) hold a constant amount of data: chaining
// them before the strings is no walk of an input. In a method, the strings
// are keys: O(1).
// expect Log::append: time O(1), space O(1)
// target Log::append: time O(1), space O(1)
fn mix(h: u64, b: &u8) -> u64 {
    (h ^ *b as u64).wrapping_mul(0x100_0000_01b3)
}

fn entry_hash(prev: u64, seq: u64, actor: &str) -> u64 {
    let le = |x: u64| x.to_le_bytes();
    [le(prev), le(seq)]
        .iter()
        .flatten()
        .chain(le(actor.len() as u64).iter())
        .chain(seq.to_be_bytes().iter())
        .chain(actor.as_bytes())
        .fold(0xcbf2_9ce4_8422_2325, mix)
}

pub struct Log {
    hashes: Vec<u64>,
}

impl Log {
    pub fn append(&mut self, actor: &str) -> u64 {
        let prev = self.hashes.last().copied().unwrap_or(0);
        let h = entry_hash(prev, self.hashes.len() as u64, actor);
        self.hashes.push(h);
        h
    }
}

// learner: slow
// idiom: verilog: a packed visited bit-vector (one bit per node in u64 words, set/test with shift and mask) instead of two pointers
// why: misses the O(1) extra-space target: the bitmap takes next.len() / 64 words, O(n) space (64x smaller than Vec<bool>, still linear)
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Visited flags, 64 per word.
struct BitMap {
    words: Box<[u64]>,
}

impl BitMap {
    fn new(nbits: usize) -> BitMap {
        let nwords = (nbits + 63) >> 6;
        BitMap { words: (0..nwords).map(|_| 0u64).collect() }
    }
    /// Sets bit `i`; returns its old value.
    fn test_and_set(&mut self, i: usize) -> bool {
        let w = i >> 6;
        let m = 1u64 << (i & 63);
        let old = self.words[w] & m != 0;
        self.words[w] |= m;
        old
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut bm = BitMap::new(next.len());
    let mut cur = head?;
    loop {
        if bm.test_and_set(cur) {
            break;
        }
        cur = next[cur]?;
    }
    // cur is the first node seen twice: the entry
    let entry = cur;
    let mut len = 1usize;
    let mut x = next[entry]?;
    while x != entry {
        x = next[x]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}

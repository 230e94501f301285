// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): walks all leaf digests with an index loop instead of descending from the root
use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        var_levels(blocks.iter().map(|block| H::leaf(block)).collect())
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |leaves| leaves.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    /// The leaves are the ground truth, so compare them directly.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        guard_same_length(self.len(), other.len());
        var_ranges_from_leaves(self, other)
    }
}

fn var_levels<H: MerkleHasher>(leaves: Vec<H::Digest>) -> MerkleTree<H> {
    let mut levels = vec![leaves];
    while let Some(top) = levels.last().filter(|level| level.len() > 1) {
        let next = top
            .chunks(2)
            .map(|pair| if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] })
            .collect::<Vec<_>>();
        levels.push(next);
    }
    if levels[0].is_empty() {
        levels.clear();
    }
    MerkleTree { levels, _hasher: PhantomData }
}

fn guard_same_length(lhs: usize, rhs: usize) {
    if lhs != rhs {
        panic!("length mismatch: {lhs} vs {rhs}");
    }
}

fn var_ranges_from_leaves<H: MerkleHasher>(lhs: &MerkleTree<H>, rhs: &MerkleTree<H>) -> Vec<Range<usize>> {
    var_result(|ranges: &mut Vec<Range<usize>>| {
        let count = lhs.len();
        if count == 0 {
            return;
        }
        let (mine, theirs) = (&lhs.levels[0], &rhs.levels[0]);
        for index in 0..count {
            if mine[index] == theirs[index] {
                continue;
            }
            match ranges.last_mut() {
                Some(open) if open.end == index => open.end += 1,
                _ => ranges.push(index..index + 1),
            }
        }
    })
}

fn var_result(body: impl FnOnce(&mut Vec<Range<usize>>)) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    body(&mut ranges);
    ranges
}

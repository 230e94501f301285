// learner: optimal
// idiom: Mathematica / Wolfram Language user: levels built as NestWhileList[pairUp, leaves, Length[#] > 1 &] (iter::successors + chunks(2)), diff as a depth-first walk with an explicit stack
// why: build touches each digest once per level, ~2n total, O(n); root is the last level's only entry, O(1); diff only descends into unequal nodes, 2 comparisons per level per differing path: O(d log n), stack O(log n)

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided.)
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

/// A Merkle tree: leaves, then each level pairing up the one below.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>, // levels[0] = leaves, last = [root]
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        // pairUp[{a, b, c}] = {node[a, b], c}
        let pair_up = |level: &Vec<H::Digest>| -> Vec<H::Digest> {
            level
                .chunks(2)
                .map(|pair| match *pair {
                    [l, r] => H::node(l, r),
                    [single] => single,
                    _ => unreachable!("chunks(2) gives 1 or 2 items"),
                })
                .collect()
        };
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels = match leaves.is_empty() {
            true => Vec::new(),
            false => std::iter::successors(Some(leaves), |lvl| (lvl.len() > 1).then(|| pair_up(lvl))).collect(),
        };
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    /// The increasing, maximal ranges of block indices whose leaves differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "cannot diff trees of different length: {} vs {}", self.len(), other.len());
        let mut out: Vec<Range<usize>> = Vec::new();
        let Some(top) = self.levels.len().checked_sub(1) else {
            return out;
        };
        let mut stack: Vec<(usize, usize)> = vec![(top, 0)];
        while let Some((level, i)) = stack.pop() {
            if self.levels[level][i] == other.levels[level][i] {
                continue;
            }
            match level {
                0 => match out.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => out.push(i..i + 1),
                },
                _ => {
                    let below = level - 1;
                    let (l, r) = (2 * i, 2 * i + 1);
                    if r < self.levels[below].len() {
                        stack.push((below, r)); // right first: left is explored first
                    }
                    stack.push((below, l));
                }
            }
        }
        out
    }
}

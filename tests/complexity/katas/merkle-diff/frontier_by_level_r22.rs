// learner: optimal
// idiom: Erlang veteran: build by folding levels with a halving helper, diff breadth-first with a per-level frontier list (like fanning out messages), iterator-heavy
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    /// levels[0] = leaves, last = [root]
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn halve<D: Copy>(below: &[D], node: impl Fn(D, D) -> D) -> Vec<D> {
    let mut up = Vec::with_capacity((below.len() + 1) / 2);
    let mut pairs = below.chunks_exact(2);
    up.extend(pairs.by_ref().map(|p| node(p[0], p[1])));
    up.extend(pairs.remainder().iter().copied());
    up
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().copied().map(H::leaf).collect();
        let mut levels = vec![leaves];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let up = halve(levels.last().unwrap(), H::node);
            levels.push(up);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("length mismatch: {} blocks vs {}", self.len(), other.len());
        }
        if self.is_empty() {
            return Vec::new();
        }
        let top = self.levels.len() - 1;
        let differs = |lvl: usize, i: usize| self.levels[lvl][i] != other.levels[lvl][i];
        // frontier: indices at the current level whose digests differ, increasing
        let mut frontier: Vec<usize> = if differs(top, 0) { vec![0] } else { Vec::new() };
        let mut lvl = top;
        while lvl > 0 && !frontier.is_empty() {
            let below = lvl - 1;
            let width = self.levels[below].len();
            frontier = frontier
                .iter()
                .flat_map(|&i| [2 * i, 2 * i + 1])
                .filter(|&c| c < width && differs(below, c))
                .collect();
            lvl = below;
        }
        frontier.into_iter().fold(Vec::new(), |mut acc: Vec<Range<usize>>, i| {
            match acc.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => acc.push(i..i + 1),
            }
            acc
        })
    }
}

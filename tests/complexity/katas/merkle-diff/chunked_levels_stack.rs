// learner: optimal
// idiom: NumPy-style level building with chunks(2).map(...).collect() (like a pairwise reduce), explicit Vec stack of (level, index) for the descent
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
    /// levels[0] = leaves, levels.last() = [root]
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if !blocks.is_empty() {
            levels.push(blocks.iter().map(|b| H::leaf(b)).collect());
            while levels.last().map_or(false, |l| l.len() > 1) {
                let below = levels.last().unwrap();
                let above: Vec<H::Digest> = below
                    .chunks(2)
                    .map(|pair| match pair {
                        [l, r] => H::node(*l, *r),
                        [only] => *only,
                        _ => unreachable!(),
                    })
                    .collect();
                levels.push(above);
            }
        }
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

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal. Panics if the lengths differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "diff needs trees of the same length");
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.levels.is_empty() {
            return out;
        }
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((lvl, idx)) = stack.pop() {
            if self.levels[lvl][idx] == other.levels[lvl][idx] {
                continue;
            }
            if lvl == 0 {
                match out.last_mut() {
                    Some(r) if r.end == idx => r.end = idx + 1,
                    _ => out.push(idx..idx + 1),
                }
                continue;
            }
            let (left, right) = (2 * idx, 2 * idx + 1);
            if right < self.levels[lvl - 1].len() {
                stack.push((lvl - 1, right));
            }
            stack.push((lvl - 1, left));
        }
        out
    }
}

// learner: optimal
// idiom: Standard ML student: levels built with an iterator unfold (successors), diff as a breadth-first descent that maps a frontier of differing indices one level down with flat_map/filter, ranges folded at the end
// why:
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

/// A Merkle tree: `levels[0]` is the root level, the last one holds the leaves.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let up = |lvl: &Vec<H::Digest>| -> Option<Vec<H::Digest>> {
            (lvl.len() > 1).then(|| {
                lvl.chunks(2)
                    .map(|c| if c.len() == 2 { H::node(c[0], c[1]) } else { c[0] })
                    .collect()
            })
        };
        let mut levels: Vec<Vec<H::Digest>> = std::iter::successors(Some(leaves), up).collect();
        levels.reverse();
        MerkleTree { levels }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels.last().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.first().and_then(|l| l.first().copied())
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "cannot diff trees of different length: {} vs {}", self.len(), other.len());
        if self.root() == other.root() {
            return Vec::new();
        }
        let start: Vec<usize> = vec![0];
        let leaves = self.levels[1..]
            .iter()
            .zip(&other.levels[1..])
            .fold(start, |frontier, (mine, theirs)| {
                frontier
                    .into_iter()
                    .flat_map(|i| {
                        let kids = if 2 * i + 1 < mine.len() { 2 } else { 1 };
                        (2 * i..2 * i + kids).filter(move |&c| kids == 1 || mine[c] != theirs[c])
                    })
                    .collect()
            });
        leaves.into_iter().fold(Vec::new(), |mut acc: Vec<Range<usize>>, i| {
            match acc.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => acc.push(i..i + 1),
            }
            acc
        })
    }
}

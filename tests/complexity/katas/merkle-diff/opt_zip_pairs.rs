// learner: optimal
// idiom: levels built by zipping the even and odd digests of the level below, iterative depth-first diff
//! A Merkle tree over a list of blocks, and a diff that finds the differing
//! blocks of two equally long trees by descending only into subtrees whose
//! digests differ: O(d log n) digest comparisons for d differing blocks.

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
/// different first byte for leaves and nodes. (Provided; not cryptographic.)
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

/// The level above `below`: digests of adjacent pairs, an odd last node
/// carried up unchanged.
fn pair_up<H: MerkleHasher>(below: &[H::Digest]) -> Vec<H::Digest> {
    let lefts = below.iter().step_by(2);
    let rights = below.iter().skip(1).step_by(2);
    let mut up: Vec<H::Digest> = lefts.zip(rights).map(|(&l, &r)| H::node(l, r)).collect();
    if below.len() % 2 == 1 {
        up.push(below[below.len() - 1]);
    }
    up
}

/// A Merkle tree stored level by level: `levels[0]` holds the leaf digests,
/// each next level pairs up the one below (an odd last node is carried up
/// unchanged), and the last level holds the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them. O(n): each
    /// level is half as long as the one below.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels = std::iter::successors(Some(leaves), |below| {
            (below.len() > 1).then(|| pair_up::<H>(below))
        })
        .collect();
        MerkleTree { levels }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    /// The ranges of block indices whose digests differ, increasing and
    /// maximal (adjacent differing blocks form one range). Panics if the
    /// trees have different lengths. O(d log n) comparisons.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length cannot be diffed");
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        // Depth-first, left child first, so leaves come out in order.
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((level, i)) = stack.pop() {
            if self.levels[level][i] == other.levels[level][i] {
                continue;
            }
            if level == 0 {
                match out.last_mut() {
                    Some(last) if last.end == i => last.end = i + 1,
                    _ => out.push(i..i + 1),
                }
                continue;
            }
            let below = &self.levels[level - 1];
            if 2 * i + 1 < below.len() {
                stack.push((level - 1, 2 * i + 1));
            }
            stack.push((level - 1, 2 * i));
        }
        out
    }
}

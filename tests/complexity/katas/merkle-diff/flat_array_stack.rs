// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: all digests in one flat dynamic array with an FLevelStart offset table (like a packed array of records), iterative depth-first search with an explicit TStack of (level, index) records
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
#[derive(Clone, Copy)]
struct TNodeRef {
    Level: usize,
    Index: usize,
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    FDigests: Vec<H::Digest>,
    /// FLevelStart[L] = where level L starts in FDigests; one extra entry at the end.
    FLevelStart: Vec<usize>,
    FCount: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let Count = blocks.len();
        let mut Digests: Vec<H::Digest> = Vec::with_capacity(2 * Count + 1);
        let mut LevelStart: Vec<usize> = Vec::new();
        if Count > 0 {
            LevelStart.push(0);
            for I in 0..Count {
                Digests.push(H::leaf(blocks[I]));
            }
            let mut Start = 0;
            let mut Width = Count;
            while Width > 1 {
                let NewStart = Digests.len();
                let mut I = 0;
                while I < Width {
                    if I + 1 < Width {
                        let Parent = H::node(Digests[Start + I], Digests[Start + I + 1]);
                        Digests.push(Parent);
                    } else {
                        let Carried = Digests[Start + I];
                        Digests.push(Carried);
                    }
                    I += 2;
                }
                LevelStart.push(NewStart);
                Start = NewStart;
                Width = (Width + 1) / 2;
            }
            LevelStart.push(Digests.len());
        }
        MerkleTree { FDigests: Digests, FLevelStart: LevelStart, FCount: Count }
    }

    fn LevelCount(&self) -> usize {
        if self.FLevelStart.is_empty() { 0 } else { self.FLevelStart.len() - 1 }
    }

    fn Width(&self, Level: usize) -> usize {
        self.FLevelStart[Level + 1] - self.FLevelStart[Level]
    }

    fn Digest(&self, Node: TNodeRef) -> H::Digest {
        self.FDigests[self.FLevelStart[Node.Level] + Node.Index]
    }

    pub fn len(&self) -> usize {
        self.FCount
    }

    pub fn is_empty(&self) -> bool {
        self.FCount == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.FCount == 0 {
            None
        } else {
            Some(*self.FDigests.last().unwrap())
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.FCount != other.FCount {
            panic!("diff: trees have a different length ({} and {} blocks)", self.FCount, other.FCount);
        }
        let mut Result: Vec<Range<usize>> = Vec::new();
        if self.FCount == 0 || self.root() == other.root() {
            return Result;
        }
        let mut Stack: Vec<TNodeRef> = Vec::new();
        Stack.push(TNodeRef { Level: self.LevelCount() - 1, Index: 0 });
        while let Some(Node) = Stack.pop() {
            if Node.Level == 0 {
                match Result.last_mut() {
                    Some(Last) if Last.end == Node.Index => Last.end = Node.Index + 1,
                    _ => Result.push(Node.Index..Node.Index + 1),
                }
                continue;
            }
            let Left = TNodeRef { Level: Node.Level - 1, Index: 2 * Node.Index };
            let Right = TNodeRef { Level: Node.Level - 1, Index: 2 * Node.Index + 1 };
            if Right.Index >= self.Width(Right.Level) {
                Stack.push(Left); // carried node: same digest as its only child
                continue;
            }
            // Push the right child first so the left one is visited first (ranges stay in order).
            if self.Digest(Right) != other.Digest(Right) {
                Stack.push(Right);
            }
            if self.Digest(Left) != other.Digest(Left) {
                Stack.push(Left);
            }
        }
        Result
    }
}

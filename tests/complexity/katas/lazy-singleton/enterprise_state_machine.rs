// learner: optimal
// idiom: enterprise: CellState enum encoded in an AtomicU8 via const table, MaybeUninit slot, private helpers for fast/slow path, InitGuard-free double-checked lock, manual Drop
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Lifecycle of a [`OnceCell`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellState {
    /// No value has been published yet.
    Empty,
    /// The value is written and visible to every `Acquire` load.
    Ready,
}

impl CellState {
    const EMPTY_TAG: u8 = 0;
    const READY_TAG: u8 = 1;

    const fn tag(self) -> u8 {
        match self {
            CellState::Empty => Self::EMPTY_TAG,
            CellState::Ready => Self::READY_TAG,
        }
    }

    const fn from_tag(tag: u8) -> Self {
        match tag {
            Self::READY_TAG => CellState::Ready,
            _ => CellState::Empty,
        }
    }
}

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    init_lock: Mutex<()>,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: `slot` is written only while `init_lock` is held and `state` is
// `Empty`; after the `Release` store of `Ready` it is never written again and
// only shared references are handed out. Readers observe `Ready` with an
// `Acquire` load before touching `slot`. T must be Send (the value may be
// created on one thread and dropped on another) and Sync (shared `&T`).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(CellState::Empty.tag()),
            init_lock: Mutex::new(()),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    fn load_state(&self) -> CellState {
        CellState::from_tag(self.state.load(Ordering::Acquire))
    }

    fn publish(&self) {
        self.state.store(CellState::Ready.tag(), Ordering::Release);
    }

    /// SAFETY: the caller has observed `Ready` with an Acquire load.
    unsafe fn value_unchecked(&self) -> &T {
        (*self.slot.get()).assume_init_ref()
    }

    fn acquire_init_lock(&self) -> MutexGuard<'_, ()> {
        // A panicking initialiser poisons the lock but leaves the cell empty
        // and consistent, so the poison carries no information here.
        self.init_lock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        match self.load_state() {
            CellState::Ready => Some(unsafe { self.value_unchecked() }),
            CellState::Empty => None,
        }
    }

    #[cold]
    fn initialise_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _guard = self.acquire_init_lock();
        if let Some(value) = self.get() {
            return value;
        }
        let value = init();
        // SAFETY: we hold the lock and the state is Empty: nobody reads the slot.
        unsafe { (*self.slot.get()).write(value) };
        self.publish();
        // SAFETY: just published.
        unsafe { self.value_unchecked() }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(value) => value,
            None => self.initialise_slow(init),
        }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        let this = ManuallyDrop::new(self);
        let ready = this.load_state() == CellState::Ready;
        // SAFETY: `this` is never dropped, so the value is moved out exactly once.
        let value = if ready { Some(unsafe { (*this.slot.get()).assume_init_read() }) } else { None };
        // Move the mutex out too (the only other field owning resources) so it is dropped.
        let _lock: Mutex<()> = unsafe { std::ptr::read(&this.init_lock) };
        value
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == CellState::Ready.tag() {
            // SAFETY: Ready means the slot holds an initialised value.
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    fn take_initialiser(&self) -> Option<F> {
        self.init.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access, every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| match this.take_initialiser() {
            Some(init) => init(),
            None => panic!("Lazy instance has previously been poisoned"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

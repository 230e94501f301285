// learner: optimal
// idiom: teacher model answer: AtomicU8 state machine (EMPTY/READY) + MaybeUninit storage, named helpers, explicit Drop
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// No value has been stored.
const EMPTY: u8 = 0;
/// A value has been stored and published; it is never written again.
const READY: u8 = 1;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    /// `EMPTY` or `READY`; stored with `Release` after the value is written.
    state: AtomicU8,
    /// Serialises initialisers (the slow path only).
    writer: Mutex<()>,
    /// Initialised exactly when `state == READY`.
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: the slot is written once, by the thread holding `writer` while the
// state is EMPTY, and the write happens-before every read through the
// Release store / Acquire load of `state`. After that it is shared read-only,
// which needs `T: Sync`; the value may be created and dropped on different
// threads, which needs `T: Send`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            writer: Mutex::new(()),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    /// Whether a value has been published (one Acquire load).
    fn is_ready(&self) -> bool {
        self.state.load(Ordering::Acquire) == READY
    }

    /// # Safety
    /// The caller must have observed `is_ready()`.
    unsafe fn value_unchecked(&self) -> &T {
        (*self.slot.get()).assume_init_ref()
    }

    /// Takes the writer lock; a poisoned lock only means an initialiser
    /// panicked, and then the cell is still consistently empty.
    fn lock_writer(&self) -> MutexGuard<'_, ()> {
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value, if initialisation has finished. Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.is_ready() {
            // SAFETY: READY was observed with Acquire.
            Some(unsafe { self.value_unchecked() })
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // Fast path: one atomic load.
        if let Some(value) = self.get() {
            return value;
        }
        // Slow path: check again under the lock (double-checked locking).
        let _writer = self.lock_writer();
        if let Some(value) = self.get() {
            return value;
        }
        let value = init(); // a panic here leaves the state EMPTY
        // SAFETY: we hold the writer lock and the state is EMPTY, so no one
        // reads or writes the slot concurrently.
        unsafe { (*self.slot.get()).write(value) };
        self.state.store(READY, Ordering::Release);
        // SAFETY: we just published it.
        unsafe { self.value_unchecked() }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(mut self) -> Option<T> {
        if *self.state.get_mut() != READY {
            return None;
        }
        *self.state.get_mut() = EMPTY; // so that Drop does not drop it again
        // SAFETY: the state was READY, and we now own the value.
        Some(unsafe { self.slot.get_mut().assume_init_read() })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: READY means the slot holds a value, dropped exactly once here.
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

    /// Removes the initialiser; `None` once it has been used up by a panic.
    fn take_initialiser(&self) -> Option<F> {
        self.init.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Computes the value if needed and returns it.
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

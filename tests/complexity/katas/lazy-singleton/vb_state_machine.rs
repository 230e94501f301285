// learner: optimal
// idiom: VB.NET style: AtomicU8 state constants, Select-Case-like match on the state, verbose names, explicit guard handling
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

const STATE_EMPTY: u8 = 0;
const STATE_INITIALISED: u8 = 1;

pub struct OnceCell<T> {
    current_state: AtomicU8,
    initialisation_lock: Mutex<()>,
    stored_value: UnsafeCell<Option<T>>,
}

// SAFETY: writes to stored_value happen only under initialisation_lock while
// current_state is STATE_EMPTY; readers read only after observing
// STATE_INITIALISED with Acquire, which pairs with the Release store.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            current_state: AtomicU8::new(STATE_EMPTY),
            initialisation_lock: Mutex::new(()),
            stored_value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        let observed_state = self.current_state.load(Ordering::Acquire);
        match observed_state {
            STATE_INITIALISED => {
                let reference_to_value = unsafe { &*self.stored_value.get() };
                reference_to_value.as_ref()
            }
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(existing_value) => return existing_value,
            None => {}
        }
        let lock_guard = match self.initialisation_lock.lock() {
            Ok(guard) => guard,
            Err(poisoned_error) => poisoned_error.into_inner(),
        };
        let state_after_lock = self.current_state.load(Ordering::Acquire);
        match state_after_lock {
            STATE_INITIALISED => {}
            _ => {
                let new_value = init();
                unsafe {
                    *self.stored_value.get() = Some(new_value);
                }
                self.current_state.store(STATE_INITIALISED, Ordering::Release);
            }
        }
        drop(lock_guard);
        match self.get() {
            Some(final_value) => final_value,
            None => unreachable!("the cell was initialised above"),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let inner_value = self.stored_value.into_inner();
        inner_value
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        let initialiser_holder = &this.init;
        this.cell.get_or_init(|| {
            let taken_function = {
                let mut function_guard = match initialiser_holder.lock() {
                    Ok(guard) => guard,
                    Err(poisoned_error) => poisoned_error.into_inner(),
                };
                function_guard.take()
            };
            match taken_function {
                Some(initialiser_function) => initialiser_function(),
                None => panic!("Lazy value is poisoned: its initialiser panicked earlier"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
